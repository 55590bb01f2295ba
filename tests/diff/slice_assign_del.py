# slice: assignment and deletion with slices on lists, including growing and shrinking
a = list(range(8))
a[2:4] = ["a", "b", "c", "d"]
print(a)
a[-3:] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
a[1:1] = "xyz"
print(a)
b = list("abcdefgh")
b[::-1] = list("12345678")
print(b)
del b[1::2]
print(b)
b[len(b):] = "end"
print(b)
c = [1, 2, 3]
c[5:] = [9]
print(c)
c[-100:1] = ["head"]
print(c)
c[:] = []
print(c)
d = list(range(10))
del d[8:2:-2]
print(d)
e = [0, 1, 2, 3, 4]
e[3:1:-1] = ["p", "q"]
print(e)
try:
    e[::2] = [1]
except ValueError as err:
    print("ValueError:", err)
s = "immutable"
try:
    s[1:3] = "xx"
except TypeError as err:
    print("TypeError:", err)
t = (1, 2, 3)
try:
    del t[0]
except TypeError as err:
    print("TypeError:", err)
