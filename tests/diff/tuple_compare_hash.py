# tuple: ordering, equality, hashing of int tuples and use as dict keys
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1,), (1, 0)), ((), ()), ((2,), (1, 9, 9)),
         ((1, "a"), (1, "b")), ((1.0, 2), (1, 2.0))]
for a, b in pairs:
    print(a, b, a == b, a < b, a <= b, a > b, a >= b, a != b)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1,)), hash((1, (2, 3))))
print(hash(1), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 70)))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid, len(grid))
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
try:
    {([1],): 1}
except TypeError as e:
    print("TypeError:", e)
print(max([(1, 5), (2, 0), (1, 9)]), min([(3,), (2, 100)]))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 2, "anything"), (1, 2) == [1, 2])
