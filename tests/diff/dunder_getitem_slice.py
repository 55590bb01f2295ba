# dunder: __getitem__ receiving slice objects and negative indices, __setitem__ with slices, __delitem__
class Vector:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Vector(self.data[idx])
        return self.data[idx]
    def __setitem__(self, idx, value):
        self.data[idx] = value
    def __delitem__(self, idx):
        del self.data[idx]
    def __repr__(self):
        return f"Vector({self.data})"
v = Vector(range(10))
print(v[2], v[-1], v[2:5], v[::3], v[::-1], v[-3:], v[5:2])
v[0] = 100
v[1:3] = ["a", "b", "c"]
print(v, len(v))
del v[0]
del v[::2]
print(v)
try:
    v[50]
except IndexError as e:
    print("IndexError:", e)
class Probe:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return ("item", key)
p = Probe()
print(p[1], p[-1], p["k"], p[1:2], p[::2], p[:5], p[1:2:3], p[1, 2], p[1:2, 3])
class Word:
    def __init__(self, w):
        self.w = w
    def __getitem__(self, i):
        return self.w[i].upper()
for ch in Word("iter"):
    print(ch, end="")
print()
print(list(Word("abc")), "B" in Word("abc"), "b" in Word("abc"))
