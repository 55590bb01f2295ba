# func: nested functions, functions as values, returning functions, and attributes of scope
def outer(x):
    def inner(y):
        return x + y
    def twice(y):
        return inner(inner(y))
    return inner(1), twice(1)
print(outer(10))
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ops:
    print(name, ops[name](7, 3))
def make_ops():
    def square(v):
        return v * v
    def cube(v):
        return v * square(v)
    return [square, cube]
print([f(3) for f in make_ops()])
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))
def recursive_inner(n):
    def helper(k, acc):
        if k == 0:
            return acc
        return helper(k - 1, acc * k)
    return helper(n, 1)
print(recursive_inner(10))
print(outer.__name__, compose(inc, dbl).__name__, (lambda: 0).__name__)
funcs = [len, str.upper, abs]
print([funcs[0]("abc"), funcs[1]("abc"), funcs[2](-3)])
