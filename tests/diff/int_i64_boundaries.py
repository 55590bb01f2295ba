# int: arithmetic on values around the 48-bit immediate and 64-bit boundaries (every operator, both signs)
edges = []
for p in (47, 48, 62, 63, 64):
    for d in (-1, 0, 1):
        edges += [2 ** p + d, -(2 ** p) + d]
edges += [0, 1, -1, 3, -7, 1103515245, 2147483648, 12345]
total = 0
lines = 0
for x in edges:
    row = []
    for y in edges:
        row.append(x + y)
        row.append(x - y)
        row.append(x * y)
        if y:
            row.append(x // y)
            row.append(x % y)
        row.append(x & y)
        row.append(x | y)
        row.append(x ^ y)
    total = (total * 31 + sum(row)) % (2 ** 89)
    lines += 1
    print(x, len(row), sum(row) % 1000000007, min(row), max(row))
print(lines, total)
seed = 42
for _ in range(100000):
    seed = (seed * 1103515245 + 12345) % 2147483648
print(seed)
