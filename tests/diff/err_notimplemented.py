# err: uncaught NotImplementedError from an abstract-style base method
print("shapes:", ["Sq", "Blob"])
def not_done():
    raise NotImplementedError
try:
    not_done()
except NotImplementedError as e:
    print("caught:", repr(e), isinstance(e, RuntimeError))
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for sh in [Sq(3), Blob()]:
    print(type(sh).__name__, sh.area())
