# prop: properties inherited and overridden in subclasses, property using other methods
class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @property
    def status(self):
        return "overdrawn" if self.balance < 0 else "ok"
class Premium(Account):
    @property
    def balance(self):
        return self._balance + 1000
a = Account(-50)
p = Premium(-50)
print(a.balance, a.status, p.balance, p.status)
try:
    a.balance = 10
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __init__(self):
        self._value = None
        self.computed = 0
    @property
    def value(self):
        if self._value is None:
            self.computed += 1
            self._value = sum(range(1000))
        return self._value
l = Lazy()
print(l.value, l.value, l.value, l.computed)
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def size(self):
        return (self.w, self.h)
    @size.setter
    def size(self, wh):
        self.w, self.h = wh
r = Rect(2, 3)
w, h = r.size
r.size = (h * 2, w * 2)
print(r.size, r.w, r.h)
class Validated:
    def __init__(self):
        self._age = 0
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int):
            raise TypeError(f"age must be int, not {type(v).__name__}")
        self._age = v
v = Validated()
for val in [5, "x", 7.5, 30]:
    try:
        v.age = val
        print("set", v.age)
    except TypeError as e:
        print("TypeError:", e)
