# OSError's errno map, fields, str/repr, subclasses with and without __init__
def show(e):
    print(type(e).__name__, repr(str(e)), repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2)

for n in [1, 2, 4, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 10, 9999, True, -1, 2**70]:
    show(OSError(n, "msg"))
show(OSError())
show(OSError("just text"))
show(OSError(2))
show(OSError(2, "a", "b.txt"))
show(OSError(2, "a", None))
show(OSError(2, "a", "f1", None, "f2"))
show(OSError(2, "a", "f1", 5))
show(OSError(2, "a", "f1", 5, "f2", 6))
show(OSError("x", "y"))
show(OSError(2, 3, 4))
show(FileNotFoundError(13, "denied"))
show(OSError(2.0, "float errno"))
print(isinstance(OSError(2, "x"), FileNotFoundError), issubclass(BrokenPipeError, ConnectionError))
print(ConnectionResetError.__mro__)
b = BlockingIOError(11, "would block", 5)
print(b.characters_written, b.args, b.filename, str(b))
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as e:
    print("AttributeError", e)
e = OSError(2, "x")
e.errno = 5
e.filename = "g"
e.strerror = "changed"
print(e, e.args, e.errno)
e.filename = None
print(e)

class MyErr(OSError):
    pass
show(MyErr(2, "sub", "file"))
class WithInit(OSError):
    def __init__(self, a, b):
        self.extra = a + b
w = WithInit(2, 3)
show(w)
print(w.extra)
class WithSuper(OSError):
    def __init__(self, path):
        super().__init__(2, "No such file", path)
show(WithSuper("p.txt"))
try:
    raise OSError(17, "File exists", "dir")
except FileExistsError as x:
    print("caught", x)
try:
    raise PermissionError(1, "Operation not permitted")
except OSError as x:
    print("caught", type(x).__name__, x)
raise OSError(2, "No such file or directory", "missing.txt")
