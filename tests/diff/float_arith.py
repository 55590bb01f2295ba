# float: basic arithmetic, true division and int/float mixing
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 1.0 / 3, 2 / 3)
print(1 / 2, 4 / 2, -7 / 2, 7 / -2, type(4 / 2).__name__)
print(10 ** 20 / 10 ** 10, (2 ** 100) / (2 ** 99), 1 / (2 ** 70))
print(1 + 1.0, 3 * 1.5, 10 - 0.5, True + 0.5, 2 ** 64 + 0.0)
print(sum([0.1] * 10), 0.1 * 10)
s = 0.0
for i in range(1, 101):
    s += 1.0 / i
print(s)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
print(-0.5 * 0.0, 3.0 * -0.0)
print(float(7) / float(3), 7.0 // 3.0, 7.0 % 3.0)
print(abs(-2.5), -(-2.5), +2.5)
print(1.23456789e-5 * 1e5, 1e-7 / 3)
print(123456789.0 * 1000, 1.0e-3 + 1.0e-4)
a = 1.5
a += 1; print(a)
a -= 0.25; print(a)
a *= 4; print(a)
a /= 3; print(a)
print(3.0 == 3, 3.5 != 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(7 / 7, 0 / 5, -0 / 5, 0 / -5)
print(1e308 * 10.0, -1e308 * 10.0)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399))
print(2 ** 1100 / 2 ** 1090)
