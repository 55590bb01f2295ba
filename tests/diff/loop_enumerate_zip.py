# loop: iteration helpers: enumerate, zip, reversed, sorted, dict items in for-loops
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
for n, a, c in zip(names, ages, "xyz"):
    print(n, a, c)
for n in reversed(names):
    print(n)
for a in sorted(ages, reverse=True):
    print(a, end=" ")
print()
d = dict(zip(names, ages))
for k, v in d.items():
    print(k, "->", v)
for i, (k, v) in enumerate(sorted(d.items(), key=lambda kv: kv[1])):
    print(i, k, v)
print(list(zip()), list(zip([1], [])), list(zip("ab", range(10))))
matrix = [[1, 2, 3], [4, 5, 6]]
for col in zip(*matrix):
    print(col)
for idx in range(len(names) - 1, -1, -1):
    print(idx, names[idx])
