# unpack: tuple/list unpacking, swaps, from strings, dicts, ranges and generators
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
r0, r1, r2 = range(3)
print(r0, r1, r2)
g1, g2 = (i * i for i in (3, 4))
print(g1, g2)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
a = b = c = 7
print(a, b, c)
a, b = c, d = 1, 2
print(a, b, c, d)
for idx, (ch, num) in enumerate(zip("ab", [1, 2])):
    print(idx, ch, num)
for key, val in {"k": "v", "k2": "v2"}.items():
    print(key, val)
pts = [(1, 2), (3, 4), (5, 6)]
xs = [px for px, py in pts]
print(xs, sum(py for _, py in pts))
def pair():
    return "left", "right"
l, r = pair()
print(l, r)
fib = [0, 1]
prev, cur = 0, 1
for _ in range(10):
    prev, cur = cur, prev + cur
print(prev, cur)
