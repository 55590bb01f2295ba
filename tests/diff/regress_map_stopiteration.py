# StopIteration raised by the function given to map()/filter() ends the iteration, as in CPython
def f(x):
    if x == 2:
        raise StopIteration
    return x * 10
print(list(map(f, [0, 1, 2, 3])))
print(list(filter(f, [1, 2, 3])))
for v in map(f, range(5)):
    print(v)
