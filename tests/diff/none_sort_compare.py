# none: None as sentinel, in comparisons via key functions, and default values
def first_or_none(xs):
    return xs[0] if xs else None
vals = [first_or_none([3]), first_or_none([]), first_or_none([0]), first_or_none([None])]
print(vals, [v is None for v in vals])
data = [3, None, 1, None, 2]
print(sorted(data, key=lambda v: (v is None, v if v is not None else 0)))
print(sorted(data, key=lambda v: -1 if v is None else v))
print([v for v in data if v is not None], data.count(None), sum(v for v in data if v))
try:
    sorted(data)
except TypeError as e:
    print("TypeError:", e)
def lookup(d, k, default=None):
    return d[k] if k in d else default
d = {"a": 0, "b": None}
print(lookup(d, "a"), lookup(d, "b"), lookup(d, "c"), lookup(d, "c", "missing"))
print(d.get("b") is None, "b" in d, d.get("c") is None, "c" in d)
SENTINEL = object()
def get(d, k, default=SENTINEL):
    if k in d:
        return d[k]
    if default is SENTINEL:
        return "raise KeyError"
    return default
print(get(d, "a"), get(d, "b"), get(d, "z"), get(d, "z", None))
x = None
x = x or []
x.append(1)
print(x, None or 0 or None, (None, None) == (None, None), [None] * 3)
print(str(None), repr(None), f"{None!s:>8}|", "%s|%r" % (None, None), hash(None) == hash(None))
