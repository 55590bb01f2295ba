# builtin: map and filter: laziness, multiple iterables, None predicate, combination with other builtins
print(list(map(str, [1, 2, 3])), list(map(len, ["", "ab"])), list(map(abs, (-1, 2, -3))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3, 4], [3, 2])))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, 2.5])))
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22", "b3"])), list(filter(str.isupper, "aBcD")))
m = map(lambda x: x * 2, range(4))
print(next(m), list(m), list(m))
seen = []
def record(x):
    seen.append(x)
    return x % 2 == 0
f = filter(record, range(6))
print(seen)
print(next(f), seen)
print(list(f), seen)
print(sum(map(int, "12345")), max(map(len, "a bb ccc".split())), sorted(map(lambda c: -ord(c), "abc")))
print(list(map(tuple, ["ab", "cd"])), "".join(map(chr, [72, 105])), list(map(int, ["7", " 8 ", "-9"])))
print(list(filter(lambda n: all(n % d for d in range(2, n)), range(2, 30))))
words = ["Apple", "bob", "Civic", "deed", "Eve"]
print(list(filter(lambda w: w.lower() == w.lower()[::-1], words)))
print(list(map(str.upper, filter(lambda w: len(w) > 3, words))))
