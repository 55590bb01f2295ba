# Attribute and method sites that see instances of several classes: the
# per-site caches must give the same answers as a fresh lookup every time.


class Base:
    def __init__(self, n):
        self.n = n
        self.link = None

    def get_n(self):
        return self.n

    def describe(self):
        return "%s(%d)" % (self.kind(), self.n)

    def kind(self):
        return "Base"

    def bump(self, by=1):
        self.n += by
        return self.n


class A(Base):
    def __init__(self, n):
        super().__init__(n)
        self.extra = "a"

    def kind(self):
        return "A"


class B(Base):
    def __init__(self, n):
        self.first = "b-first"  # B's own attribute assigned before the base's
        super().__init__(n)

    def kind(self):
        return "B"


class C(A):
    def kind(self):
        return "C:" + super().kind()


class D(Base):
    pass


class E(D):
    def get_n(self, scale=10):
        return self.n * scale


class Unrelated:
    def __init__(self, n):
        self.n = n  # same slot index as Base.n in an unrelated class

    def get_n(self):
        return -self.n

    def kind(self):
        return "Unrelated"


objs = [Base(1), A(2), B(3), C(4), D(5), E(6), Unrelated(7)]
for rnd in range(3):
    out = []
    for o in objs:
        out.append((o.n, o.get_n(), o.kind()))
    print(rnd, out)
print([o.describe() for o in objs if not isinstance(o, Unrelated)])
print([o.bump() for o in objs if isinstance(o, Base)])
print([o.bump(by=5) for o in objs if isinstance(o, Base)])

# a linked list through objects of several classes
head = None
for o in objs[:6]:
    o.link = head
    head = o
total = 0
p = head
while p is not None:
    total += p.n
    p = p.link
print("total", total)

# one site sees more receiver types than a site remembers, and builtins
things = [[1], {"k": 1}, A(1), B(2), C(3), D(4), E(5), Base(6), "s", (1, 2)]
for rnd in range(2):
    res = []
    for t in things:
        if isinstance(t, (list, tuple, str)):
            res.append(t.count(t[0]))
        elif isinstance(t, dict):
            res.append(t.get("k"))
        else:
            res.append(t.get_n())
    print(res)


# an instance attribute that shadows a method, set after the site was used
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name


g1, g2 = Greeter("x"), Greeter("y")
for rnd in range(3):
    print([g.hello() for g in (g1, g2)])
    if rnd == 0:
        g2.hello = lambda: "shadowed"


# a method replaced on the class after sites cached it
class Counter:
    def __init__(self):
        self.c = 0

    def step(self):
        self.c += 1
        return self.c


def step_by_ten(self):
    self.c += 10
    return self.c


k = Counter()
seen = []
for i in range(4):
    seen.append(k.step())
    if i == 1:
        Counter.step = step_by_ten
print(seen)


# a subclass overriding after the base method was cached at the site
class P:
    def who(self):
        return "P"


class Q(P):
    pass


def call_who(o):
    return o.who()


print(call_who(P()), call_who(Q()))
Q.who = lambda self: "Q"
print(call_who(P()), call_who(Q()))
del Q.who
print(call_who(P()), call_who(Q()))


# a property added to a base class after a subclass exists hides the slot
class S:
    def __init__(self):
        self.v = 1


class T(S):
    pass


def read_v(o):
    return o.v


s, t = S(), T()
print(read_v(s), read_v(t))
S.v = property(lambda self: 99)
print(read_v(s), read_v(t))


# deleting a slot attribute: reads fall back to the class or fail
class W:
    v = "class-v"

    def __init__(self):
        self.v = "inst-v"


w = W()
print(read_v(w))
del w.v
print(read_v(w))
try:
    del w.v
except AttributeError as e:
    print("AttributeError", e)


class X:
    def __init__(self):
        self.v = 1


x = X()
del x.v
try:
    read_v(x)
except AttributeError as e:
    print("AttributeError", e)


# staticmethods, classmethods and generators at method sites
class M:
    factor = 3

    @staticmethod
    def s(a):
        return a * 2

    @classmethod
    def c(cls, a):
        return a * cls.factor

    def gen(self, n):
        for i in range(n):
            yield i * self.factor


class N(M):
    factor = 5


for o in (M(), N(), M(), N()):
    print(o.s(4), o.c(4), list(o.gen(3)))


# wrong argument counts at a cached site
def call0(o):
    return o.get_n()


print(call0(A(1)))
try:
    call0(Greeter("z"))
except AttributeError as e:
    print("AttributeError", e)


class Arity:
    n = 0

    def get_n(self, needed):
        return needed


try:
    call0(Arity())
except TypeError as e:
    print("TypeError", e)
print(call0(E(2)))


# construction finds __init__ again after the class changes
class Late:
    def __init__(self, a):
        self.a = a


class LateSub(Late):
    pass


print([Late(i).a for i in range(3)], LateSub(5).a)


def new_init(self, a, b=2):
    self.a = a + b


Late.__init__ = new_init
print(Late(1).a, LateSub(1).a, Late(1, b=10).a)
del Late.__init__
for cls in (Late, LateSub):
    try:
        cls(1)
    except TypeError as e:
        print("TypeError", e)
print(type(Late()).__name__)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
try:
    Late.__init__ = 5
    Late()
except TypeError as e:
    print("TypeError", e)


# attributes set from outside the class live in instance dicts; class
# attributes read through instances change when the class changes
class K1:
    tag = "k1"


class K2(K1):
    pass


class K3:
    tag = "k3"


ks = [K1(), K2(), K3(), K2()]
for i, o in enumerate(ks):
    o.extra = i
    if i % 2:
        o.more = -i


def read_all(objs):
    out = []
    for o in objs:
        out.append((o.extra, o.tag, getattr(o, "more", None)))
    return out


print(read_all(ks))
K1.tag = "k1-changed"
print(read_all(ks))
ks[1].tag = "own"
print(read_all(ks))
del ks[1].tag
del K1.tag
try:
    print(read_all(ks))
except AttributeError as e:
    print("AttributeError", e)
K2.tag = "k2"
print(read_all(ks[1:]))
