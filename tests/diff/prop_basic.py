# prop: @property getters, setters with validation, computed and read-only properties
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("radius must be non-negative")
        self._r = v
    @property
    def diameter(self):
        return self._r * 2
    @diameter.setter
    def diameter(self, d):
        self.radius = d / 2
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
c = Circle(2)
print(c.radius, c.diameter, c.area)
c.radius = 5
print(c.radius, c.diameter, c.area)
c.diameter = 3
print(c.radius, c.diameter, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Circle(-3)
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
print(c.radius)
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
        self.reads = 0
    @property
    def full(self):
        self.reads += 1
        return f"{self.first} {self.last}"
    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)
p = Person("ada", "lovelace")
print(p.full, p.full, p.reads)
p.full = "alan turing"
print(p.first, p.last, p.full, p.reads)
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
t = Temp()
t.f = 212
print(t._c, t.f)
t.f += 18
print(t._c, t.f)
