# comp: list comprehensions with conditions, nested loops and transformations
print([x for x in range(10)])
print([x * x for x in range(10) if x % 2])
print([x if x % 3 else "fizz" for x in range(1, 10)])
print([(i, j) for i in range(3) for j in range(3) if i != j])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c for c in "Hello World" if c.isupper()])
print([w.capitalize() for w in "the quick brown fox".split() if len(w) > 3])
print([x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row])
print([x for x in range(50) if x % 3 == 0 if x % 5 == 0])
print([(x, y, z) for x in range(1, 15) for y in range(x, 15) for z in range(y, 15) if x * x + y * y == z * z])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[c] for row in matrix] for c in range(3)])
print([row[::-1] for row in matrix[::-1]])
print([sum(r) for r in matrix], [max(r) - min(r) for r in matrix])
print([[y for y in range(x)] for x in range(4)])
print([len(s) for s in ["", "a", "ab"]], [str(n) * n for n in range(4)])
print([i for i in []], [None for _ in range(3)])
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
print([f(3) for f in [lambda v: v + 1, lambda v: v * 2]])
print([(a, b) for a, b in zip("abc", range(3)) if b != 1])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
