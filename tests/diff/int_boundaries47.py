# int: arithmetic crossing the 2**47 / 2**48 boundaries (tagged-int overflow)
B = 2 ** 47
vals = [B - 1, B, B + 1, -B, -B - 1, -B + 1]
for v in vals:
    print(v, v + 1, v - 1, v * 2, v * -3, v // 3, v % 7)
x = B - 5
for i in range(10):
    x += 1
    print(x, x > B - 1)
y = -B + 3
for i in range(6):
    y -= 1
    print(y)
print((B - 1) + (B - 1))
print((B - 1) * (B - 1))
print(-B * B)
print(2 ** 48 - 1, -(2 ** 48))
a = 140737488355327
print(a + 1, a * a, a << 1, a << 17, (a + 1) >> 1)
print(-a - 1, -a - 2, (-a - 2) // 2, (-a - 2) % 5)
s = 0
for i in range(20):
    s += 2 ** 44
print(s, s - 20 * 2 ** 44)
print(abs(-B - 1), -(-B - 1))
print(int(str(B * 3)), int(-B * 3.0))
