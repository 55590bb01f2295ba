# tuple: creation, singleton syntax, indexing, slicing, immutability, index/count
t = (1, 2, 3, 2, 1)
e = ()
s = (5,)
print(t, e, s, (1), type(s).__name__, type((1)).__name__, len(e), len(s))
print(t[0], t[-1], t[1:4], t[::-1], t[::2], t[10:])
print(t.index(2), t.index(1, 1), t.index(2, 2, 4), t.count(2), t.count(9))
print(t + (4,), t * 2, 2 * s, e * 5, t + e == t)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x * x for x in range(4)))
x = 1, 2, 3
print(x, type(x).__name__)
a, b, c = x
print(a, b, c)
print(3 in t, 9 in t, min(t), max(t), sum(t), sorted(t))
try:
    t[0] = 9
except TypeError as err:
    print("TypeError:", err)
try:
    t.index(9)
except ValueError as err:
    print("ValueError:", err)
try:
    t[5]
except IndexError as err:
    print("IndexError:", err)
try:
    t + [1]
except TypeError as err:
    print("TypeError:", err)
m = ([1, 2], "s")
m[0].append(3)
print(m)
print(((1, 2), (3, (4, 5)))[1][1][0], ((),), ((),)[0])
print(repr((1,)), str(("a", "b")), repr(("it's",)), ((1, 2),))
