# err: uncaught TypeError from adding incompatible types
def describe(v):
    return type(v).__name__
print([describe(v) for v in (1, "a", 2.5, None, [1])])
try:
    len(42)
except TypeError as e:
    print("caught:", e)
print("a" * 3, [0] * 2, 3 * "b")
try:
    "x" + 1
except TypeError as e:
    print("caught:", e)
def join_all(parts):
    acc = ""
    for p in parts:
        acc = acc + p
        print("acc =", acc)
    return acc
join_all(["a", "b", 3, "d"])
