# dunder: __str__ and __repr__ used by print, str(), repr(), f-strings, containers and %
class Both:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f"Both<{self.v}>"
    def __repr__(self):
        return f"Both({self.v!r})"
class ReprOnly:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "ReprOnly(" + repr(self.v) + ")"
class StrOnly:
    def __str__(self):
        return "just str"
b = Both("x")
r = ReprOnly([1, "a"])
print(b, str(b), repr(b))
print(r, str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {r} {r!s}", "%s %r" % (b, b))
print(str(StrOnly()), f"{StrOnly()}", "%s" % StrOnly())
class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f"Nested({self.children})"
print(Nested([Nested([]), Nested([Nested([1])])]))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
for c in (0, 5, 199, -1234, 100000):
    m = Money(c)
    print(m, repr(m), [m])
print("joined: " + ", ".join(str(Money(c)) for c in (1, 22, 333)))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
