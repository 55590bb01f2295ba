# builtin: min and max with iterables, multiple args, key functions and default
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min("hello"), max("a", "b", "B"))
print(max([1, 2], [1, 3]), min((2, "b"), (2, "a")), max(-0.0, 0), min(0, -0.0))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([-5, 3, -7], key=abs), min([-5, 3, -7], key=abs), max(3, -9, key=abs))
print(max([("a", 2), ("b", 9), ("c", 9)], key=lambda t: t[1]))
print(min([("a", 2), ("b", 1), ("c", 1)], key=lambda t: t[1]))
print(max(range(10), key=lambda x: (x % 3, x)), min(range(10), key=lambda x: (x % 3, -x)))
print(max({"x": 5, "y": 7, "z": 1}), max({"x": 5, "y": 7, "z": 1}.values()))
d = {"x": 5, "y": 7, "z": 1}
print(max(d, key=d.get), min(d, key=lambda k: d[k]))
print(max(1, 2.5, True), min([True, False, 2]), max(2 ** 70, 1e21))
print(max(iter([4, 8, 1])), min(x * x for x in range(-3, 3)))
print(max([], key=len, default="d"), max("abc", key=ord))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
