# err: uncaught RuntimeError from mutating a dict during iteration
items = {1: "a", 2: "b"}
for k in list(items):
    items[k + 10] = items[k] * 2
print(items)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print("caught set change:", e)
try:
    raise RuntimeError("explicit runtime error")
except RuntimeError as e:
    print("caught:", e)
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    print("visiting", k)
    if k == 2:
        d[k * 10] = "new"
