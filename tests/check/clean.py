# expect: none
"""A program that uses most of the supported subset: no diagnostics."""
import math
import sys
from math import sqrt as root


class Opened:
    def __enter__(self):
        return "first line"

    def __exit__(self, *exc):
        return False


class Shape:
    """Base class."""

    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError("area")

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def diameter(self):
        return 2 * self.r

    @staticmethod
    def unit():
        return Circle(1)


class ShapeError(ValueError):
    pass


def counter():
    n = 0

    def step(by=1, *, quiet=False):
        nonlocal n
        n += by
        return n

    return step


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main(argv):
    shapes = [Circle(r) for r in range(1, 4)]
    total = sum(s.area() for s in shapes)
    print(f"{total:.2f}", len(shapes), Shape.count, Circle.unit().diameter)
    table = {s.name + str(i): s for i, s in enumerate(shapes) if i % 2 == 0}
    *rest, last = sorted(table)
    step = counter()
    step(), step(by=5)
    gen = fib()
    first = [next(gen) for _ in range(10)]
    try:
        raise ShapeError("bad shape")
    except ShapeError as e:
        print("caught", e, first[-1], root(16), last, rest)
    finally:
        print("done")
    with Opened() as f:  # open() itself would need fs.read (C301): no manifest here
        print(len(f) > 0)
    return 0 if total > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
