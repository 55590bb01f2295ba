# none: None identity, repr, truthiness and default returns
def nothing():
    pass
def early(x):
    if x:
        return
    return 5
print(None, repr(None), str(None), type(None).__name__)
print(nothing(), early(1), early(0))
print(nothing() is None, None == None, None is None, None != 0, None == False)
print(bool(None), not None)
x = None
if x is None:
    print("x is None")
if not x:
    print("x falsy")
print([None, None], (None,), {None: 1}[None])
d = {"a": None}
print(d.get("a"), d.get("b"), d.get("b", None), "a" in d)
print([1, None, 3].count(None), [1, None].index(None))
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    x = None
    x.foo
except AttributeError as e:
    print("AttributeError:", e)
print(f"{None}", f"{None!r:>6}", "%s" % None, "%r" % (None,))
print(max([3, 1, 2], key=lambda v: v, default=None), max([], default=None))
