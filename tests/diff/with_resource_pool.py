# with: context manager objects reused, managing shared state, and exceptions in nested with blocks
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []
    def acquire(self):
        return Lease(self)
class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.slot = None
    def __enter__(self):
        if not self.pool.free:
            raise RuntimeError("pool exhausted")
        self.slot = self.pool.free.pop(0)
        self.pool.log.append(f"+{self.slot}")
        return self.slot
    def __exit__(self, et, ev, tb):
        self.pool.free.append(self.slot)
        self.pool.log.append(f"-{self.slot}" + ("!" if et else ""))
        return et is KeyError
pool = Pool(2)
with pool.acquire() as a:
    with pool.acquire() as b:
        print("holding", a, b, "free", pool.free)
        try:
            with pool.acquire():
                print("never")
        except RuntimeError as e:
            print("RuntimeError:", e)
print("free after", pool.free, pool.log)
with pool.acquire() as s:
    raise KeyError("suppressed because KeyError")
print("after suppressed", pool.free)
try:
    with pool.acquire() as s:
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e, pool.free)
print(pool.log)
