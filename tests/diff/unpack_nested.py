# unpack: deeply nested targets and unpacking errors
((a, b), (c, (d, e))) = ((1, 2), (3, (4, 5)))
print(a, b, c, d, e)
[x, [y, z]] = (10, "yz")
print(x, y, z)
data = [("ann", (30, "paris")), ("bob", (25, "rome"))]
for name, (age, city) in data:
    print(name, age, city)
(a, *b), c = "abc", "d"
print(a, b, c)
rows = [[1, [2, 3]], [4, [5, 6]]]
print([p + q + r for p, (q, r) in rows])
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    a, *b, c = [1]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b = 5
except TypeError as err:
    print("TypeError:", err)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as err:
    print("ValueError:", err)
try:
    a, b = "xyz"
except ValueError as err:
    print("ValueError:", err)
try:
    a, b = None
except TypeError as err:
    print("TypeError:", err)
try:
    [a, b] = {}
except ValueError as err:
    print("ValueError:", err)
print("done")
