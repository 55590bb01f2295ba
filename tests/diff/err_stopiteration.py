# err: uncaught StopIteration from next() on an exhausted iterator at module level
print(next(iter("q")))
def gen():
    yield "a"
    yield "b"
g = gen()
print(next(g), next(g), next(g, "default"))
it0 = iter(range(3))
print(list(it0), next(it0, None))
try:
    next(iter([]))
except StopIteration as e:
    print("caught StopIteration", e.args)
words = iter("xyz")
for w in words:
    print("word", w)
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it))
