# class: polymorphism through overridden methods, class-level dispatch tables, and __repr__ per subclass
class Animal:
    sound = "..."
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name!r}, legs={self.legs})"
    def __repr__(self):
        return self.describe()
class Dog(Animal):
    sound = "woof"
class Bird(Animal):
    sound = "tweet"
    legs = 2
    def speak(self):
        return super().speak() + " and flaps"
class Fish(Animal):
    legs = 0
    def speak(self):
        return f"{self.name} stays silent"
zoo = [Dog("rex"), Bird("tweety"), Fish("nemo"), Animal("generic")]
for a in zoo:
    print(a.speak())
print(zoo)
print(sum(a.legs for a in zoo), sorted(zoo, key=lambda a: a.legs))
print([type(a).__name__ for a in zoo if isinstance(a, Animal)])
class Expr:
    def eval(self):
        raise NotImplementedError(type(self).__name__)
class Num(Expr):
    def __init__(self, v):
        self.v = v
    def eval(self):
        return self.v
    def __repr__(self):
        return str(self.v)
class BinOp(Expr):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r
    def eval(self):
        return BinOp.ops[self.op](self.l.eval(), self.r.eval())
    def __repr__(self):
        return f"({self.l!r} {self.op} {self.r!r})"
e = BinOp("*", BinOp("+", Num(2), Num(3)), BinOp("-", Num(10), Num(4)))
print(e, "=", e.eval())
try:
    Expr().eval()
except NotImplementedError as err:
    print("NotImplementedError:", err)
