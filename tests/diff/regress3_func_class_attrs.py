# function __defaults__/__kwdefaults__/__doc__/__name__ assignment, and renaming a class
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, *, c=3): return (a, b, c)
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (7, 8)
print(f())
f.__kwdefaults__ = None
t(lambda: f(1))
f.__kwdefaults__ = {"c": 9}
print(f(1), f.__kwdefaults__)
f.__defaults__ = None
t(lambda: f())
del f.__defaults__
print(f.__defaults__)
t(lambda: f(1, 2, 3))
def g(): "doc"
del g.__doc__
print(g.__doc__)
del g.__module__
print(g.__module__)
g.__doc__ = 5
print(g.__doc__)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
def h(): pass
t(lambda: setattr(h, "__dict__", 5))
class C:
    pass
C.__name__ = "D"
print(C.__name__, C.__qualname__)
t(lambda: C.nope)
t(lambda: C().nope)
t(lambda: setattr(C, "__name__", "a\x00b"))
def dn(): del C.__name__
def dq(): del C.__qualname__
t(dn)
t(dq)
class E(ValueError): pass
E.__name__ = "F"
try:
    raise E("boom")
except ValueError as e:
    print(type(e).__name__, repr(e))
setattr(h, "__dict__", {"k": 1})
print(h.k)
