# dunder: __enter__/__exit__ protocol order, return values, exception info passed to __exit__
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print("exit", self.name, name, str(exc) if exc else None, tb is not None)
        return self.suppress
with Tracker("a") as v:
    print("body got", v)
with Tracker("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Tracker("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Tracker("outer") as o, Tracker("inner") as i:
    print("both", o, i)
def early():
    with Tracker("fn"):
        return "returned"
print(early())
for n in range(3):
    with Tracker(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
class NoValue:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        print("exit args count", len(args), args)
with NoValue() as x:
    print("x is", x)
