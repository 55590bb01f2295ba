# keyword arguments to exception constructors, OSError fields set, deleted and set to None
def t(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ValueError(x=1))
t(lambda: OSError(errno=2))
t(lambda: FileNotFoundError(2, "x", filename="y"))
e = OSError(2, "x", "f")
del e.filename
print(e, e.filename)
e.errno = None
print(e)
class E(OSError):
    def __init__(self):
        super().__init__(13, "no", "fn")
x = E()
print(type(x).__name__, x, x.args)
class E(Exception): pass
class F(Exception):
    def __init__(self, x, y=2):
        super().__init__(x)
        self.y = y
class G(OSError): pass
def t(f):
    try:
        r = f()
        print(type(r).__name__, r, r.args)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: E(x=1))
t(lambda: F(1, y=3))
t(lambda: G(x=1))
t(lambda: KeyError(1, **{}))
t(lambda: Exception(*[1, 2], **{}))
