# dict: insertion order, overwrite keeps position, delete then reinsert moves to end
d = {}
d["zeta"] = 1
d["alpha"] = 2
d["mid"] = 3
print(d, list(d), list(d.values()))
d["zeta"] = 10
print(d)
del d["zeta"]
d["zeta"] = 100
print(d)
d.pop("alpha")
d["alpha"] = 0
print(d, list(d.items()))
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.keys()), sorted(e))
e[1] = "A"
del e[3]
e[3] = "C"
print(e)
f = {k: 0 for k in ["x", "y", "z"]}
print(f)
for i in range(5):
    f["k" + str(i)] = i
for i in range(0, 5, 2):
    del f["k" + str(i)]
print(f)
g = {}
for w in "the cat and the hat and the bat".split():
    g[w] = g.get(w, 0) + 1
print(g)
h = {1: 1, 2: 2}
h.update({3: 3, 1: 100})
print(h)
h.update([(4, 4), (0, 0)])
print(h)
h.update(z=26)
print(h)
print(dict(list({"a": 1, "b": 2}.items()) + [("b", 3), ("c", 4)]))
big = {}
for i in range(100):
    big[i * 7 % 100] = i
print(list(big)[:15], len(big))
for i in range(0, 100, 3):
    del big[i]
print(list(big)[:15], len(big))
