# dict: get, setdefault, pop, popitem, update, copy, clear, keys/values/items
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
print(d.setdefault("a", 50), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
c.clear()
print(c, len(c))
try:
    c.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 9}, y=10)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
nested = {"outer": {"inner": [1, 2]}}
shallow = nested.copy()
shallow["outer"]["inner"].append(3)
print(nested)
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict({1: 2}), dict(), dict(zip("ab", [1, 2])))
print(len(d), "x" in d, "q" in d, "q" not in d, 9 in d)
