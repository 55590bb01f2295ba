# expect: S108 2:10
def f(a, a):
    return a
