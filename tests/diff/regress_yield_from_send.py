# send() on a generator delegating with `yield from` must reach the inner generator
def inner():
    x = yield "ready"
    y = yield x * 2
    return x + y
def outer():
    r = yield from inner()
    yield ("inner returned", r)
g = outer()
print(next(g))
print(g.send(21))
print(g.send(100))
