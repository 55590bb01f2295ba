# closure: closures capturing variables, independent instances and shared cells
def make_counter(start=0, step=1):
    value = start
    def nxt():
        nonlocal value
        value += step
        return value
    def reset():
        nonlocal value
        value = start
    return nxt, reset
n1, r1 = make_counter()
n2, r2 = make_counter(100, 10)
print(n1(), n1(), n2(), n1(), n2())
r1()
print(n1(), n2())
def make_pair():
    shared = []
    def push(v):
        shared.append(v)
        return len(shared)
    def peek():
        return shared[-1] if shared else None
    return push, peek
push, peek = make_pair()
print(peek(), push("a"), push("b"), peek())
def adder(n):
    return lambda x: x + n
adders = [adder(i) for i in range(5)]
print([a(10) for a in adders])
def averager():
    total = 0
    count = 0
    def add(v):
        nonlocal total, count
        total += v
        count += 1
        return total / count
    return add
avg = averager()
print([avg(v) for v in (10, 20, 30, 40)])
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), slow_square(4))
