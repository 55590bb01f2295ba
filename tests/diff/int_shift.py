# int: left and right shifts, including negatives and big amounts
for n in (1, 3, -1, -3, 1000, -1000):
    print(n, n << 1, n << 10, n << 64, n >> 1, n >> 3, n >> 100)
print(1 << 200)
print((1 << 200) >> 199)
print(-(1 << 200) >> 199, (-(1 << 200) - 1) >> 199)
print(-1 >> 1000, 1 >> 1000)
print(12345 << 0, 12345 >> 0)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -3)
except ValueError as e:
    print(type(e).__name__, e)
x = 7
x <<= 60
print(x)
x <<= 10
print(x)
x >>= 65
print(x)
y = -7
y <<= 62
print(y)
y >>= 61
print(y)
print([1 << i for i in range(0, 70, 7)])
print([-(1 << 70) >> i for i in range(0, 80, 10)])
print(0 << 1000, 0 >> 5)
print(True << 3, False >> 1)
