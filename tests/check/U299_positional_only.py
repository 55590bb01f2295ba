# expect: U299 2:10
def f(a, /, b):
    return a + b
