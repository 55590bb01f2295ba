# special methods assigned to a class after its creation are used by the operators/builtins
class A:
    def __init__(self, v):
        self.v = v
def _repr(self):
    return f"A({self.v})"
A.__repr__ = _repr
A.__str__ = lambda self: f"<{self.v}>"
A.__len__ = lambda self: self.v
A.__iter__ = lambda self: iter(range(self.v))
A.__bool__ = lambda self: self.v > 10
A.__getitem__ = lambda self, i: i * 2
A.__call__ = lambda self: "called"
A.__contains__ = lambda self, x: x == "in"
A.__hash__ = lambda self: 42
a = A(3)
print(repr(a), str(a), len(a), list(a), bool(a), a[5], a(), "in" in a, hash(a))
