# err: uncaught KeyError with a string key from a dict lookup in a function
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
inventory = {"apple": 1}
print(inventory.get("banana", 0), "banana" in inventory)
try:
    inventory["kiwi"]
except KeyError as e:
    print("caught:", repr(e), str(e))
inventory.setdefault("pear", 0)
print(inventory)
prices = {"apple": 3, "pear": 5}
def total(items):
    s = 0
    for it in items:
        s += prices[it]
        print("running total", s)
    return s
print(total(["apple", "pear"]))
print(total(["apple", "banana"]))
