# CPython folds constant float expressions: a folded NaN is one object.
def f():
    return 1e309 - 1e309
print(f() is f())
a = f()
print(f() in [a])
