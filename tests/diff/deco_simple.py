# deco: plain function decorators wrapping, replacing and registering functions
def loud(f):
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args, kwargs)
        result = f(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@loud
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
print(add.__name__)
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(registry, alpha(), beta())
def replace_with_constant(f):
    return 42
@replace_with_constant
def gone():
    return "never"
print(gone)
def count_calls(f):
    calls = [0]
    def wrapper(*a):
        calls[0] += 1
        print(f"call #{calls[0]} of {f.__name__}")
        return f(*a)
    return wrapper
@count_calls
def hello(name):
    return "hello " + name
print(hello("x"))
print(hello("y"))
def trace_recursion(f):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + f"-> {n}")
        depth[0] += 1
        r = f(n)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapper
@trace_recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
