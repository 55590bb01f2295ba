# dunder: __eq__ and __hash__ for use in sets and dicts; __ne__ derived from __eq__
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
k1 = Key(1, 2)
k2 = Key(1, 2)
k3 = Key(2, 1)
print(k1 == k2, k1 != k2, k1 == k3, k1 is k2, k1 == (1, 2), k1 != "x")
d = {k1: "first"}
d[k2] = "second"
d[k3] = "third"
print(len(d), d[Key(1, 2)], d)
s = {k1, k2, k3, Key(1, 2)}
print(len(s), Key(2, 1) in s, Key(9, 9) in s)
print([k1, k3].index(Key(2, 1)), [k1, k2, k3].count(Key(1, 2)), Key(1, 2) in [k3, k2])
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1)
class Default:
    pass
x = Default()
y = Default()
print(x == x, x == y, x != y, len({x, y, x}))
class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), None == AlwaysEqual(), hash(AlwaysEqual()))
print(len({AlwaysEqual(), AlwaysEqual()}))
