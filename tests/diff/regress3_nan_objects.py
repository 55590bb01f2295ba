# each NaN a computation produces is a new object; copies of one NaN stay that object
import math
a = float("nan")
b = float("nan")
print(a is b, a is a, a == a, [a] == [b], (a,) == (a,), [a] == [a])
c = a + 1
print(c is a, c in [a], a in [a, c], [a, c].index(c), [a, a, c].count(a))
s = {a, b, c, a}
print(len(s), a in s, b in s, float("nan") in s)
d = {a: 1, b: 2}
d[a] = 3
print(len(d), d[a], d[b], d.get(float("nan"), "missing"))
print(math.nan is math.nan, math.nan in [math.nan], math.nan in [float("nan")])
x = math.inf - math.inf
print(x is x, x in [x], x in [math.inf - math.inf], hash(a) == hash(a), hash(a) == a.__hash__())
l = [float("nan") for _ in range(3)]
print(len(set(l)), len(set(l + l)), l[0] in l, l.count(l[1]))
e = a
print(e is a, max(a, 1.0) is a, +a is a, a.real is a, float(a) is a, -a is a, abs(a) is a)
print(sorted([3.0, 1.0, 2.0]), {1.5: "x"}[1.5], 0.1 + 0.2 == 0.3, (0.5).hex())
import math as m
print(m.isnan(a * 2), str(a * 0), repr(b), f"{a:.2f}", "%f" % a, round(2.5), int(1e10))

import math
x = float("nan")
print(x == x, x != x, x is x, x < x, x >= x)
print(x in [x], x in (x,), x in {x}, x in {x: 1}, [x] == [x], (x,) == (x,), [x] != [x])
print({x: 1}[x], {x: 1} == {x: 1}, {x} == {x}, [1, x].index(x), [x, x].count(x))
print(math.nan in [math.nan], [math.nan] == [math.nan], math.nan is math.nan)
y = x * 0
print(y == y, y != y, math.isnan(y), str(y), repr(-x), abs(x))
d = {x: "a"}
d[x] = "b"
print(d, len(d), sorted([3.0, 1.0]), max(1.0, 2.0))
print([x][0] is x, (lambda v: v)(x) is x, list({x: 0}.keys())[0] is x)
print(float("inf") - float("inf") == float("inf") - float("inf"))
l = [x, 1.0]
l.remove(x)
print(l, x in l)
