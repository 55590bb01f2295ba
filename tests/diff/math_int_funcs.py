# math: gcd, factorial, isclose, trunc, floor/ceil on big ints, and related integer helpers
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(17, 31))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(math.factorial(20), 2 ** 30))
for n in [0, 1, 5, 10, 20, 25, 30]:
    print(n, math.factorial(n))
print(len(str(math.factorial(100))), math.factorial(100) % (10 ** 9 + 7))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(1e10, 1e10 + 1), math.isclose(-1.0, -1.0 - 1e-12))
print(math.trunc(-3.7), math.trunc(3.7), math.trunc(-0.2), math.floor(-0.2), math.ceil(-0.2))
print(math.floor(10 ** 30 / 7), math.ceil(1e15 + 0.5), math.floor(2.0 ** 80) == 2 ** 80)
def lcm(a, b):
    return a // math.gcd(a, b) * b
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm 1..20 =", acc)
def comb(n, k):
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))
print([comb(8, k) for k in range(9)])
