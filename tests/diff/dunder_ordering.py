# dunder: __lt__ (and friends) used by sorted, min, max, and reflected comparisons
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "V" + self.s
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"))
try:
    print(Version("1.0") <= Version("1.0"))
except TypeError as e:
    print("TypeError:", e)
class Full:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  lt({self.v},{o.v})")
        return self.v < o.v
    def __le__(self, o):
        print(f"  le({self.v},{o.v})")
        return self.v <= o.v
    def __gt__(self, o):
        print(f"  gt({self.v},{o.v})")
        return self.v > o.v
    def __ge__(self, o):
        print(f"  ge({self.v},{o.v})")
        return self.v >= o.v
a, b = Full(1), Full(2)
print(a < b)
print(a > b)
print(a <= b)
print(a >= b)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
x, y = OnlyLt(5), OnlyLt(3)
print(x > y, y > x)
try:
    print(x <= y)
except TypeError as e:
    print("TypeError:", e)
print([o.v for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])])
