# Slicing with every combination of bound signs and steps, on lists, tuples
# and strings, and slice assignment of different lengths (molt reads and
# writes x[i:j:k] without building a slice object when it can).

data = list(range(7))
tup = tuple(data)
text = "abcdefg"
uni = "aé€𝄞bcd"
bounds = [None, -9, -7, -3, -1, 0, 1, 3, 6, 7, 9]
steps = [None, -3, -2, -1, 1, 2, 3, 9, -9]

count = 0
for i in bounds:
    for j in bounds:
        for k in steps:
            a = data[i:j:k]
            b = tup[i:j:k]
            c = text[i:j:k]
            d = uni[i:j:k]
            count += len(a)
            assert list(b) == a
            assert len(c) == len(a) and len(d) == len(a)
            print(i, j, k, a, c, d)
print("items", count)

print(data[::], data[::-1], tup[::-1], text[::-1], uni[::-1])
print(data[True:5:True], data[False::2])
print(tup[:] is tup, text[:] is text, data[:] is data)


# big bounds clamp; non-int bounds go through __index__
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(data[-(10**30) : 10**30], data[10**30 : -(10**30) : -1])
print(data[Idx(1) : Idx(5) : Idx(2)], text[Idx(-3) :])

# errors
for bad in (lambda: data[::0], lambda: text[1:5:0], lambda: tup[::0]):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for bad in (lambda: data["a":], lambda: data[:1.5], lambda: data[::"x"], lambda: text[None:"b"]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# slice assignment: shorter, longer, empty, inserting, from iterables
for i in bounds:
    for j in bounds:
        for value in ([], [100], [100, 101, 102], (7, 8), "xy", range(3)):
            x = list(range(6))
            x[i:j] = value
            print(i, j, x)
x = list(range(6))
x[2:2] = [9, 9]
print(x)
x[:] = x
print(x)
x[1:3] = x
print(x)
x[::2] = x[::2][::-1]
print(x)
x = list(range(10))
x[::-1] = x
print(x)
gen = (i * i for i in range(3))
x[0:0] = gen
print(x)

# extended-slice assignment: sizes must match
for i in bounds:
    for j in bounds:
        for k in (-3, -2, -1, 2, 3):
            x = list(range(6))
            n = len(x[i:j:k])
            x[i:j:k] = [-1] * n
            print(i, j, k, x)
            try:
                x[i:j:k] = [0] * (n + 1)
            except ValueError as e:
                print("ValueError", e)
x = list(range(5))
x[::1] = [1]  # a step of 1 is a plain slice: any length
print(x)
for bad in (lambda: x.__setitem__(slice(None, None, 2), 5), lambda: x.__setitem__(slice(1, 2), 5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


def set_ext(x, v):
    x[::2] = v


def set_plain(x, v):
    x[1:2] = v


for f, v in ((set_ext, 5), (set_plain, 5), (set_ext, None)):
    try:
        f(list(range(4)), v)
    except TypeError as e:
        print("TypeError", e)
try:
    x[::0] = []
except ValueError as e:
    print("ValueError", e)

# targets that are not lists
t = (1, 2, 3)
try:
    t[0:1] = [5]
except TypeError as e:
    print("TypeError", e)
try:
    text[::-1] = "x"
except TypeError as e:
    print("TypeError", e)


class Recorder:
    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("set", key, value, type(value).__name__)


r = Recorder()
print(r[1:2], r[::-1], r[:], r[1:2:3], r["a":None])
r[1:2] = [1, 2]
r[::2] = "ab"
r[:] = data[::-2]
r[1:] = r[::3]

# x[i:j] = y[k:l:m] over the same and different lists, in loops
perm = list(range(9))
for k in range(1, 9):
    perm[: k + 1] = perm[k::-1]
print(perm)
a, b = list(range(5)), list("abcdefg")
a[1:3] = b[::-2]
print(a)
a[::2] = b[:4]
print(a)
b[2:] = a[1:2]
print(b)
a[:] = a[::-1]
print(a)
try:
    a[::2] = b[::-1]
except ValueError as e:
    print("ValueError", e)
print(a)
a[:2] = text[::-1]
print(a)
a[:2] = tup[1:3]
print(a)


def rec(depth, out):
    # the right-hand side is taken before the target's bounds are
    # evaluated, which here recurse into the same statement
    out[: bump(depth, out)] = out[::-1]
    return out


def bump(depth, out):
    if depth:
        rec(depth - 1, out)
    return 2


print(rec(3, list(range(6))))
r[:2] = data[::-1]

# large and small copies through the same statement, repeatedly
for n in (1000, 3, 2000, 0, 5):
    big = list(range(n))
    for _ in range(3):
        big[:] = big[::-1]
        big[1:] = big[:0:-1]
    print(n, sum(big[::7]), big[:3], big[-3:])
