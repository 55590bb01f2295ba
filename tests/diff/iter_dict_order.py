# iter: iteration order of dicts after updates/deletes, iterating sorted copies while mutating originals
inventory = {"apples": 5, "pears": 0, "kiwis": 12, "plums": 0, "figs": 3}
for name in list(inventory):
    if inventory[name] == 0:
        del inventory[name]
print(inventory)
for name, qty in sorted(inventory.items(), key=lambda kv: kv[1]):
    inventory[name] = qty * 2
print(inventory)
inventory["pears"] = 1
inventory["apples"] += 1
print(list(inventory), list(inventory.values()))
d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 3):
    del d[i]
for i in range(0, 10, 3):
    d[i] = -i
print(d)
print([k for k in d if k % 2], [v for v in d.values() if v < 0])
keys = iter(d)
print(next(keys), next(keys), list(keys)[:3])
pairs = list(zip(d.keys(), d.values()))
print(pairs == list(d.items()))
merged = {}
for src in ({"x": 1, "y": 2}, {"y": 20, "z": 30}, {"x": 100}):
    for k, v in src.items():
        merged[k] = v
print(merged)
