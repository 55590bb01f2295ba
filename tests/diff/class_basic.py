# class: __init__, instance attributes, methods, class attributes vs instance attributes
class Point:
    dims = 2
    count = 0
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def describe(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
q = p.moved(1, 1)
print(p.describe(), q.describe(), p.norm2(), q.norm2())
p.move(-3, -4).move(1, 0)
print(p.describe(), Point.count, p.count, Point.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 4
print(p.dims, q.dims)
r = Point(7)
print(r.describe(), Point.count)
m = p.norm2
print(m(), Point.norm2(q))
class Empty:
    pass
e = Empty()
e.anything = [1, 2]
e.anything.append(3)
print(e.anything, type(e).__name__, isinstance(e, Empty), isinstance(p, Empty))
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(a.items, b.items, Shared.items)
try:
    print(p.missing)
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point.nothing
except AttributeError as err:
    print("AttributeError:", err)
