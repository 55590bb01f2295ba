# dunder: reflected operators: __radd__, __rsub__, __rmul__, __rtruediv__, and NotImplemented fallbacks
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        if isinstance(o, (int, float)):
            return Meters(self.v - o)
        return Meters(self.v - o.v)
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __mul__(self, o):
        return Meters(self.v * o)
    def __rmul__(self, o):
        return Meters(o * self.v)
    def __truediv__(self, o):
        return Meters(self.v / o)
    def __rtruediv__(self, o):
        return o / self.v
    def __repr__(self):
        return f"{self.v}m"
m = Meters(5)
print(m + 1, 1 + m, m + m, 2.5 + m, sum([Meters(1), Meters(2), Meters(3)]))
print(m - 2, 10 - m, m * 3, 3 * m, m / 2, 10 / m)
class Left:
    def __add__(self, o):
        print("Left.__add__ ->", type(o).__name__)
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("Right.__radd__ <-", type(o).__name__)
        return "right handled"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
print(1 + Right(), [1] + Right(), "s" + Right())
class Sub(Meters):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Meters(1) + Sub(2))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
