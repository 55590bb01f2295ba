# set: union, intersection, difference, symmetric difference, methods and operators
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a.union(b), a.union([10, 11], (12,)))
print(a & b, a.intersection(b), a.intersection(range(3), [2, 3]))
print(a - b, a.difference(b), b - a, a.difference([1], [2]))
print(a ^ b, a.symmetric_difference(b), b ^ a == a ^ b)
print(a <= b, a >= b, {1, 2} <= a, a >= {1, 2}, {1, 2} < a, a < a, a <= a)
print({1, 2}.issubset(a), a.issuperset({5}), a.isdisjoint(b), a.isdisjoint({9, 10}))
print({1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 3)), set().issubset(a))
c = set(a)
c |= {100}
print(c)
c &= {1, 2, 100, 200}
print(c)
c -= {2}
print(c)
c ^= {1, 3}
print(c)
print(a == {5, 4, 3, 2, 1}, a != b, set() == set(), {1} == {1.0})
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(len(a | b), len(a & b), sum(a ^ b), max(a - b), min(b - a))
