# int: huge products, squares and digit sums
def digits_sum(n):
    return sum(int(c) for c in str(abs(n)))

p = 1
for i in range(1, 60, 3):
    p *= i * 1000003 + 7
print(p)
print(digits_sum(p), len(str(p)))
q = p * p
print(q % 10 ** 20, len(str(q)))
print(q // p == p, q % p)
r = (2 ** 127 - 1) * (2 ** 89 - 1)
print(r)
print(r // (2 ** 89 - 1) == 2 ** 127 - 1)
f = [0, 1]
for i in range(200):
    f.append(f[-1] + f[-2])
print(f[100])
print(f[200])
print(f[200] * f[199] - f[198] * f[201])
x = -123456789 ** 3
print(x, x * x)
print(-(10 ** 18) * (10 ** 18), (-10) ** 37)
print(999999999999 * 999999999999)
print(4294967296 * 4294967296, 4294967295 * 4294967297)
