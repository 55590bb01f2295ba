# f(*x) / f(**x) with a bad x: CPython names the callee ("argument after * must be an iterable, not int")
def f(*a, **k): return a, k
for bad in [lambda: f(*5), lambda: f(**5), lambda: f(1, *None), lambda: f(**[1, 2])]:
    try:
        bad()
    except TypeError as e:
        print(e)
