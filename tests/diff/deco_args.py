# deco: decorators taking arguments (decorator factories) and stacking order
def repeat(times):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return "ping" + str(x)
print(ping(1))
def tag(name):
    def deco(f):
        def wrapper(*a, **k):
            return f"<{name}>" + f(*a, **k) + f"</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
@tag("outer")
@repeat(2)
def both():
    return "x"
try:
    print(both())
except TypeError as e:
    print("TypeError:", e)
def order(label):
    print("factory", label)
    def deco(f):
        print("decorating with", label)
        def wrapper():
            print("enter", label)
            r = f()
            print("exit", label)
            return r
        return wrapper
    return deco
@order("first")
@order("second")
def core():
    print("core")
    return "done"
print(core())
def validate(*types):
    def deco(f):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"expected {t.__name__}, got {type(a).__name__}")
            return f(*args)
        return wrapper
    return deco
@validate(int, str)
def label(n, s):
    return s * n
print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print("TypeError:", e)
def default_arg_deco(prefix="LOG"):
    def deco(f):
        def w(*a):
            return prefix + ":" + str(f(*a))
        return w
    return deco
@default_arg_deco()
def one():
    return 1
@default_arg_deco("DBG")
def two():
    return 2
print(one(), two())
