# gen: generator expressions: laziness, single use, passing to builtins, nested
squares = (x * x for x in range(10))
print(sum(squares), sum(squares))
print(max(len(w) for w in ["a", "abc", "ab"]), min(x for x in [5, 3, 9]))
print(any(x > 8 for x in range(10)), all(x < 8 for x in range(10)))
print(list(c.upper() for c in "abc"), tuple(i for i in range(3)), "".join(str(i) for i in range(5)))
print(sorted(x % 7 for x in range(20)), set(x % 3 for x in range(10)))
print(dict((k, k * k) for k in range(4)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(x) for x in range(5))
print(log)
print(next(g), log)
print(next(g), log)
first_big = next((x for x in range(100) if x * x > 50), None)
none_found = next((x for x in range(5) if x > 10), "none")
print(first_big, none_found)
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(row) for row in matrix), list(sum(col) for col in zip(*matrix)))
words = ["apple", "Bob", "cat", "Dog"]
print(sum(1 for w in words if w[0].isupper()), list(w for w in words if len(w) == 3))
print(sum(x for x in range(1000000) if x % 99999 == 0))
