# gen: generator functions, lazy evaluation, next(), exhaustion and StopIteration
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(g, "default"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), sum(evens([1, 2, 3, 4])))
def gen_with_return():
    yield 1
    return "finished"
    yield 2
g2 = gen_with_return()
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()), type(count_up(1)).__name__)
def pairs(s):
    for i in range(len(s) - 1):
        yield s[i], s[i + 1]
for a, b in pairs("abcd"):
    print(a + b, end=" ")
print()
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()))
