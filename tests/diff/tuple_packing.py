# tuple: packing/unpacking in returns, swaps, loops, nested tuples, and tuple concatenation in loops
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, -2, 9, 0])
print(lo, hi, min_max("hello"))
t = ()
for i in range(5):
    t += (i * i,)
print(t, len(t), t[1:4], t[::-1])
nested = ((1, 2), (3, (4, 5)), ())
print(nested, len(nested), nested[1][1], nested[2] == ())
print(sum(a for a, _ in nested[:1]), [len(x) for x in nested])
coords = [(0, 0), (3, 4), (-1, 1)]
for x, y in coords:
    print(f"({x}, {y}) -> {(x * x + y * y) ** 0.5}")
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
record = ("alice", 30, ("paris", "fr"))
name, age, (city, country) = record
print(name, age, city, country)
print(record.index(30), record.count("alice"), record[2].index("fr"))
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 3)]:
    k, v = pair
    counts[k] = counts.get(k, ()) + (v,)
print(counts)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), (1, 2) * 2, (0,) * 0)
print((1, 2, 3) == (1, 2, 3), (1, 2) < (1, 2, 0), () < (0,), max([(1, "b"), (1, "a")]))
