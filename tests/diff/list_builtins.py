# list: list() constructor, len, in, min/max/sum, multiplication and enumerate
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}))
print(list(x * 2 for x in range(4)), list(map(str, [1, 2])), list(reversed([1, 2, 3])))
a = [4, -2, 7, 0]
print(len(a), 7 in a, 8 in a, 8 not in a, min(a), max(a), sum(a), sum(a, 10))
print([0] * 5, [1, 2] * 3, 2 * ["x"], [] * 10, [1] * 0, [1] * -1)
for i, v in enumerate(a):
    print(i, v, end="; ")
print()
for i, v in enumerate(a, start=10):
    print(i, v, end="; ")
print()
print(list(enumerate("ab")), list(zip(a, "wxyz")))
print([1, 2] + [3], [[1]] + [[2]], a[:] == a, a[:] is a)
b = a
b += [99]
print(a)
b = b + [100]
print(a, b)
print(any(x > 5 for x in a), all(x > -5 for x in a), any([]), all([]))
print(sorted(a), a.index(7), list(filter(None, [0, 1, "", "a", None, []])))
