# int: arbitrary-precision powers of two and other bases
print(2 ** 100)
print(2 ** 64, 2 ** 63, 2 ** 62)
print(3 ** 80)
print((-2) ** 101)
print((-3) ** 40)
print(10 ** 50)
print(7 ** 0, 0 ** 0, 1 ** 1000)
x = 1
for i in range(130):
    x *= 2
    if i % 13 == 0:
        print(i + 1, x)
print(x == 2 ** 130)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(sum(int(c) for c in str(2 ** 1000)))
print(2 ** 100 - 2 ** 99 == 2 ** 99)
print(2 ** 200 // 2 ** 150 == 2 ** 50)
print(pow(2, 256) - 1)
print(-(2 ** 127))
print(abs(-(5 ** 60)))
big = 12345678901234567890 ** 3
print(big)
print(big % 1000000007)
print(big // 98765432109876543210)
