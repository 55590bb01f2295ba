# builtin: sorted() on many iterables, stability, key and reverse; reversed() on sequences
print(sorted([3, 1, 2]), sorted("cba"), sorted((3.5, -1, 2)), sorted({5: 0, 1: 0}), sorted(range(5, 0, -1)))
print(sorted({3, 1, 2}), sorted(x for x in [9, 7, 8]), sorted([]), sorted([[2], [1, 5], [1]]))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
s = sorted(sorted(data, key=lambda p: p[0]), key=lambda p: p[1])
print(s)
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print("".join(reversed("stressed")), list(reversed([])), list(reversed(range(0, 10, 3))))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 2, -1, 0], key=abs, reverse=True))
print(sorted([True, False, 1, 0, 2]), sorted([1.5, 1, True, 0.5]))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
