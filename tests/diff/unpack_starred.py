# unpack: starred targets in assignments and for-loops, and starred expressions
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = [7, 8]
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print([*range(3), *"ab", *[None]])
print((*[1, 2], 3), {*[1, 2], *(2, 3)})
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4))
nums = [3, 1, 2]
print(*nums)
print(*nums, sep="-")
print(max(*nums), min(*"zyx"))
*a, b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
