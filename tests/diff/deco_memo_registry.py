# deco: memoizing decorator with a cache dict, registry decorator with arguments, timing-free counters
CACHES = {}
def memo(f):
    cache = {}
    CACHES[f.__name__] = cache
    def wrapper(*args):
        if args in cache:
            return cache[args]
        r = f(*args)
        cache[args] = r
        return r
    return wrapper
@memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(CACHES["grid_paths"]))
@memo
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
COMMANDS = {}
def command(name, *aliases):
    def deco(f):
        COMMANDS[name] = f
        for a in aliases:
            COMMANDS[a] = f
        return f
    return deco
@command("add", "plus", "+")
def add(a, b):
    return a + b
@command("mul", "*")
def mul(a, b):
    return a * b
@command("neg")
def neg(a, b=0):
    return -a
print(sorted(COMMANDS))
for line in ["add 2 3", "+ 10 -4", "* 6 7", "mul 2 2", "neg 5", "div 1 2"]:
    name, *args = line.split()
    f = COMMANDS.get(name)
    if f is None:
        print(line, "-> unknown command")
    else:
        print(line, "->", f(*[int(a) for a in args]))
def once(f):
    done = []
    def wrapper(*a):
        if not done:
            done.append(f(*a))
        return done[0]
    return wrapper
@once
def init(x):
    print("init running with", x)
    return x * 2
print(init(5), init(100), init(0))
