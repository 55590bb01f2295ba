# expect: G404 5:20
def scale(items, k):
    out = []
    for x in items:
        out.append(x * k)
    return out
print(scale([1, 2], 3), scale(["a"], 2))
