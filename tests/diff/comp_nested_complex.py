# comp: complex comprehensions: multiple for/if clauses, nested comprehensions, conditional values
n = 5
print([[1 if i == j else 0 for j in range(n)] for i in range(n)])
print([(i, j, k) for i in range(3) for j in range(i, 3) if i + j > 1 for k in range(j) if k != i])
words = ["hello", "world", "python", "code"]
print({w: {c: w.count(c) for c in w if w.count(c) > 1} for w in words})
print([c for w in words for c in w if c in "aeiou"])
print(sorted({c for w in words for c in w}))
matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
print([matrix[i][i] for i in range(4)], [matrix[i][3 - i] for i in range(4)])
print([[matrix[r][c] for r in range(4) if matrix[r][c] % 2 == 0] for c in range(4)])
print([x for x in [y * 2 for y in [z + 1 for z in range(5)]] if x > 4])
print({k: v for k, v in [(i, i * i) for i in range(6)] if v % 2 == 1})
print([(a, b) for a in range(1, 20) for b in range(a, 20) if a * b == 24])
primes = [p for p in range(2, 50) if all(p % d != 0 for d in range(2, int(p ** 0.5) + 1))]
print(primes)
print([sum(1 for p in primes if p < limit) for limit in (10, 20, 30, 40, 50)])
grid = ["#..#", ".##.", "#..#"]
print([(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"])
print(["".join(row[c] for row in grid) for c in range(len(grid[0]))])
