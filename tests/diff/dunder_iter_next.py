# dunder: __iter__ returning self with __next__, StopIteration, and multiple iterators
class Range2:
    def __init__(self, start, stop, step=1):
        self.cur = start
        self.stop = stop
        self.step = step
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r))
print(sum(Range2(1, 101)), max(Range2(5, 9)), sorted(Range2(0, 5), reverse=True))
it = Range2(0, 3)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
class Cycle:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return CycleIter(self.items)
class CycleIter:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v
c = Cycle("ab")
i1, i2 = iter(c), iter(c)
print(next(i1), next(i1), next(i1), next(i2))
out = []
for v in c:
    if len(out) >= 5:
        break
    out.append(v)
print(out)
for a, b in zip(Range2(0, 3), Cycle("xyz")):
    print(a, b)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
print(list(Fib(100)), 55 in Fib(100), 56 in Fib(100))
x, y, z = Range2(7, 10)
print(x, y, z, list(enumerate(Range2(0, 2))), dict(zip(Range2(0, 3), "abc")))
