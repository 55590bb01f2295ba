# func: keyword arguments, **kwargs collection and passing, ordering preserved
def describe(name, **info):
    parts = [f"{k}={v}" for k, v in info.items()]
    return name + "(" + ", ".join(parts) + ")"
print(describe("x"), describe("y", a=1, b=2), describe("z", b=2, a=1))
def point(x, y, z=0):
    return (x, y, z)
print(point(1, 2), point(y=5, x=3), point(1, z=9, y=8))
opts = {"y": 20, "z": 30}
print(point(10, **opts), point(**{"x": 1, "y": 2}))
def collect(**kw):
    return kw
r = collect(one=1, two=2, three=3)
print(r, type(r).__name__, list(r))
def forward(*args, **kwargs):
    return point(*args, **kwargs)
print(forward(1, 2), forward(1, y=7), forward(z=3, y=2, x=1))
def merge(a, **kw):
    kw["a"] = a
    return kw
print(merge(0, c=3, b=2))
def kw_default(a, b=2, **rest):
    return a, b, rest
print(kw_default(1), kw_default(1, 3, x=4), kw_default(a=1, x=5, b=6))
cfg = {"sep": "-", "end": "|\n"}
print("a", "b", "c", **cfg)
