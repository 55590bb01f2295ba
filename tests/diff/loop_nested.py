# loop: nested loops building tables, triangles and pattern output
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))
for i in range(5):
    print(" " * (4 - i) + "*" * (2 * i + 1))
pascal = [[1]]
for r in range(1, 10):
    prev = pascal[-1]
    row = [1]
    for k in range(1, r):
        row.append(prev[k - 1] + prev[k])
    row.append(1)
    pascal.append(row)
for row in pascal:
    print(row)
triples = []
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
grid = [[0] * 6 for _ in range(4)]
for r in range(4):
    for c in range(6):
        grid[r][c] = (r * 6 + c) % 5
for row in grid:
    print("".join(".#+-o"[v] for v in row))
