# Reading a parameter after `del` raises UnboundLocalError.
def f(x):
    del x
    return x

def g(x, flag):
    if flag:
        del x
    return x

print(g(1.5, False))
for fn, args in ((f, (1.5,)), (g, (2.5, True))):
    try:
        print(fn(*args))
    except UnboundLocalError as e:
        print("ULE", e)
