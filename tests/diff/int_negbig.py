# int: negative big integers, signs, floor division and modulo
a = -(10 ** 30)
b = 7 ** 25
print(a, b)
print(a + b, a - b, a * b)
print(a // b, a % b)
print(b // a, b % a)
print(-b // 3, -b % 3)
print(a // -3, a % -3)
print(divmod(a, 12345), divmod(-a, -12345))
print(abs(a), -a, +a)
print(a < b, a < -b, -a > b)
print(a * a == 10 ** 60)
print((-1) ** (2 ** 70), (-1) ** (2 ** 70 + 1))
print(-(2 ** 100) // 2 ** 99, -(2 ** 100 + 1) // 2 ** 99)
print(-(2 ** 100) % 3, (2 ** 100) % -3)
n = -1
for i in range(8):
    n *= 1000003
    print(n)
print(str(-(2 ** 90)), repr(-(2 ** 90)))
print(int("-" + "9" * 40) + 1)
print(-(10 ** 20) // 10 ** 19, -(10 ** 20 + 1) // 10 ** 19)
print(sum([-(2 ** 70)] * 5))
print(max(-(2 ** 80), -(2 ** 81)), min(-(2 ** 80), -(2 ** 81)))
