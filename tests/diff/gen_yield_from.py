# gen: yield from delegation, return values of subgenerators, recursive generators
def inner(n):
    for i in range(n):
        yield i
    return n * 10
def outer():
    r1 = yield from inner(2)
    print("inner returned", r1)
    r2 = yield from inner(3)
    print("inner returned", r2)
    return r1 + r2
g = outer()
print(list(g))
def wrapper():
    total = yield from outer()
    yield "total=" + str(total)
print(list(wrapper()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], []])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(3), (None,))))
def tree(depth, prefix="n"):
    yield prefix
    if depth > 0:
        yield from tree(depth - 1, prefix + "L")
        yield from tree(depth - 1, prefix + "R")
print(list(tree(2)))
def perms(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p
print(list(perms([1, 2, 3])))
print(sum(1 for _ in perms(list(range(6)))))
def yf_return_only():
    return (yield from [])
g = yf_return_only()
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
