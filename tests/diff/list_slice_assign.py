# list: slice reads, slice assignment, extended slices and deletion
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[0:0] = ["start", "s2"]
print(b)
b[len(b):] = ["end"]
print(b)
b[1:3] = []
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[1::2] = [None] * 5
print(c)
c[::-3] = [7, 8, 9, 10]
print(c)
d = list(range(10))
del d[::2]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
e = [1, 2, 3, 4, 5]
e[1:4] = e[1:4][::-1]
print(e)
e[2:2] = range(3)
print(e)
e[-2:] = (9, 9, 9)
print(e)
f = [0, 1, 2, 3]
f[3:1] = ["ins"]
print(f)
g = list(range(6))
g[10:20] = [99]
print(g)
