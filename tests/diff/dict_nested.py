# dict: nested dicts, counting, grouping, and iteration with deterministic insertion order
sales = [("north", "apples", 10), ("south", "pears", 4), ("north", "pears", 7),
         ("east", "apples", 3), ("south", "apples", 8), ("north", "apples", 5)]
by_region = {}
for region, fruit, qty in sales:
    by_region.setdefault(region, {})
    by_region[region][fruit] = by_region[region].get(fruit, 0) + qty
print(by_region)
for region, fruits in by_region.items():
    print(region, sum(fruits.values()), sorted(fruits.items()))
totals = {}
for _, fruit, qty in sales:
    totals[fruit] = totals.get(fruit, 0) + qty
print(totals, max(totals, key=totals.get))
inverted = {}
for region, fruits in by_region.items():
    for fruit in fruits:
        inverted.setdefault(fruit, []).append(region)
print(inverted)
tree = {"a": {"b": {"c": 1, "d": 2}, "e": 3}, "f": 4}
def walk(d, prefix=""):
    for k, v in d.items():
        path = prefix + "/" + k
        if isinstance(v, dict):
            walk(v, path)
        else:
            print(path, v)
walk(tree)
def depth(d):
    return 1 + max((depth(v) for v in d.values() if isinstance(v, dict)), default=0)
print(depth(tree), depth({}), tree["a"]["b"]["d"])
copy = {k: (dict(v) if isinstance(v, dict) else v) for k, v in tree.items()}
copy["a"]["e"] = 30
copy["a"]["b"]["c"] = 100
print(tree["a"]["e"], tree["a"]["b"]["c"], copy["a"]["e"])
