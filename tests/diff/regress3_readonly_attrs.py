# assigning and deleting read-only attributes of builtin objects, functions and classes
def t(f):
    try:
        f()
        print("no error")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
def fn(): pass
class C:
    def m(self): pass
    @property
    def p(self): return 1
def s(o, k, v): setattr(o, k, v)
for o, k in [(1, "real"), (1, "imag"), (1, "numerator"), (1, "bit_length"), (1, "foo"), (1.5, "real"), (True, "real"),
             ("s", "upper"), ("s", "x"), ([], "append"), ({}, "keys"), (b"", "hex"), ((), "count"),
             (range(3), "start"), (range(3), "x"), (slice(1), "start"), (None, "x"), (fn, "__code__"),
             (C().m, "__func__"), (C().m, "__self__"), (C().m, "x"), (C(), "p"), (ValueError(), "args"),
             (iter([]), "x"), (object(), "x"), ({}.keys(), "x"), (len, "__name__"), (len, "x"),
             (staticmethod(fn), "__func__"), (property(), "fget"), (fn, "__globals__"), (fn, "__closure__")]:
    t(lambda: s(o, k, 5))
for k, v in [("__name__", 5), ("__qualname__", 5), ("__name__", "ok"), ("__doc__", 5), ("__defaults__", 5),
             ("__defaults__", (1,)), ("__kwdefaults__", 5), ("__module__", 5), ("__dict__", 5), ("__annotations__", 5)]:
    t(lambda: s(fn, k, v))
def d1(): del fn.__name__
def d2(): del fn.__qualname__
def d3(): del fn.__doc__
def d4(): del fn.__defaults__
def d5(): del fn.__module__
def d6(): del (1).real
def d7(): del (1).bit_length
def d8(): del (1).foo
def d9(): del "s".upper
def d10(): del C().p
def d11(): del C().m.__func__
for f in [d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11]:
    t(f)
print(fn.__name__, fn.__qualname__, fn.__defaults__)
for k, v in [("__name__", 5), ("__qualname__", 5), ("__module__", 5), ("__doc__", 5), ("__name__", "D")]:
    t(lambda: s(C, k, v))
print(C.__name__, C.__qualname__, C.__module__, C.__doc__)
for k, v in [("__name__", 5), ("x", 1)]:
    t(lambda: s(int, k, v))
