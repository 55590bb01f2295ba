# inherit: single inheritance, method overriding, super() calls and attribute lookup chain
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")
    def describe(self):
        base = super().describe()
        return base + " (a square)"
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in [Shape("blob"), Rect(2, 3), Square(4), Triangle(3, 5)]:
    print(s.describe())
sq = Square(2)
print(isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Triangle), sq.sides, sq.w)
class Base:
    def hello(self):
        return "Base.hello"
    def call_hello(self):
        return "via base: " + self.hello()
class Derived(Base):
    def hello(self):
        return "Derived.hello"
print(Derived().call_hello(), Base().call_hello())
class NoInit(Rect):
    pass
n = NoInit(5, 6)
print(n.area(), n.name, type(n).__name__)
try:
    NoInit()
except TypeError as e:
    print("TypeError:", e)
