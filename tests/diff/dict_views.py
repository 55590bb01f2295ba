# dict: keys/values/items views: iteration, membership, len, live updates
d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
v = d.values()
it = d.items()
print(len(k), len(v), len(it))
print("one" in k, "four" in k, 2 in v, 5 in v, ("two", 2) in it, ("two", 3) in it)
for key in d.keys():
    print("key", key)
for val in d.values():
    print("val", val)
for key, val in d.items():
    print("item", key, val)
for key in d:
    print("iter", key, d[key])
d["four"] = 4
print(len(k), list(k), list(v), list(it))
del d["one"]
print(list(k), sum(v), sorted(v, reverse=True))
print(sorted(k), max(k), min(v))
print(list(reversed(list(k))), [x for x in k if "t" in x])
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
print(list(e.keys()), list(e.items()), len(e.values()))
items = list(d.items())
items.sort(key=lambda p: p[1])
print(items)
