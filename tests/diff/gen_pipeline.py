# gen: chained generator pipelines, infinite generators with early exit, generators in classes
def numbers():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def mapped(f, it):
    for x in it:
        yield f(x)
def filtered(p, it):
    for x in it:
        if p(x):
            yield x
def primes():
    found = []
    for n in numbers():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(15, primes())))
print(list(take(8, mapped(lambda x: x * x, filtered(lambda x: x % 3 == 0, numbers())))))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 11))))
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(windows("abcdef", 3)))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(4)
print(list(c), list(c), sum(c))
for a in c:
    for b in c:
        if b < a:
            break
    print(a, end=" ")
print()
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
        except StopIteration:
            yield from ib
            return
        try:
            yield next(ib)
        except StopIteration:
            yield from ia
            return
print(list(interleave([1, 2, 3, 4], "ab")), list(interleave("x", range(3))))
