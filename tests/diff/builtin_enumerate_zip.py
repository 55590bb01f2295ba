# builtin: enumerate (with start) and zip (uneven lengths, many iterables, unzip)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("x", -3)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip(names, nums)), dict(enumerate(names)))
z = zip(range(3), range(10, 13))
print(next(z), list(z), list(z))
for i, (a, b) in enumerate(zip("xy", "XY")):
    print(i, a, b)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
print(list(zip(*zip(*matrix))))
print(list(enumerate(zip("ab", [True, False]), start=100)))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
for n, (a, b) in enumerate(zip("ab", "cd"), start=1):
    print(n, a + b)
