# exc: StopIteration from next(), iterator exhaustion, generator return values and RuntimeError inside generators
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
print(next(it, None), next(iter("x"), "unused"))
def gen():
    yield 1
    return 99
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value", e.value, e.args)
def leaky():
    yield 1
    raise StopIteration("inside generator")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def manual_loop(iterable):
    out = []
    it = iter(iterable)
    while True:
        try:
            v = next(it)
        except StopIteration:
            break
        out.append(v)
    return out
print(manual_loop("abc"), manual_loop(range(3)), manual_loop({}))
class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("limit reached")
        self.n -= 1
        return self.n
lim = Limited(3)
print(list(lim))
try:
    next(lim)
except StopIteration as e:
    print("custom StopIteration:", e)
e = StopIteration(5)
print(e.value, StopIteration().value)
