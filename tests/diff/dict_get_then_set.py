# d[k] = d.get(k, 0) + 1 and d[k] += 1 reuse the entry the lookup found:
# interleaved dicts, deletions and re-insertions in between, equal keys that
# are different objects, NaN keys
a, b = {}, {}
words = ["x", "y", "x", "zz", "y", "x"]
for w in words:
    a[w] = a.get(w, 0) + 1
    b[w] = b.get(w, 100) - 1
    a[w + "!"] = b[w]
print(a, b)

c = {"k": 1, "j": 2}
v = c.get("k")
del c["k"]
c["k"] = v + 10          # the entry found was deleted: a new insertion
print(c, list(c))
v = c["j"]
c.pop("j")
c["q"] = 0
c["j"] = v               # re-inserted after other keys
print(c, list(c))

d, e = {"s": 1}, {"s": 2}
n = d.get("s")
e["s"] = n + 5           # same key object, other dict
print(d, e)

k1 = "".join(["ab", "c"])
k2 = "".join(["a", "bc"])
f = {k1: 1}
f[k2] = f.get(k2, 0) + 1  # equal, not identical
f[k1] += 1
print(f, len(f))

nan = float("nan")
g = {nan: 1}
g[nan] = g.get(nan, 0) + 1
print(len(g), list(g.values()))

ints = {}
for i in range(2000):
    key = (i * 7919) % 613
    ints[key] = ints.get(key, 0) + 1
    if i % 5 == 0:
        ints[key] += 10
    if i % 97 == 0 and key in ints:
        del ints[key]
print(len(ints), sum(ints.values()), sorted(ints.items())[:8])

