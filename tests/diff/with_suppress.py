# with: __exit__ returning True suppresses exceptions; selective suppression by type
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass_of(et, self.types):
            self.caught = ev
            print("  suppressed", et.__name__, ev)
            return True
        return False
def issubclass_of(cls, types):
    try:
        raise cls
    except types:
        return True
    except BaseException:
        return False
with Suppress(ValueError) as s:
    int("nope")
    print("not reached")
print("after 1, caught:", type(s.caught).__name__)
with Suppress(KeyError, IndexError):
    [][0]
print("after 2")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with Suppress(LookupError):
    {}["k"]
print("after base-class suppression")
def in_function():
    with Suppress(RuntimeError):
        raise RuntimeError("inside function")
    return "function continued"
print(in_function())
for i in range(4):
    with Suppress(ZeroDivisionError):
        print(" ", i, 10 // (i - 2))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    raise TypeError("truthy exit value suppresses too")
print("end")
