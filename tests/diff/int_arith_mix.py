# int: mixed small/big arithmetic and augmented assignment of every operator
a = 17
a += 5; print(a)
a -= 30; print(a)
a *= -4; print(a)
a //= 3; print(a)
a %= 7; print(a)
a **= 5; print(a)
a <<= 3; print(a)
a >>= 2; print(a)
a &= 0xF0; print(a)
a |= 0x0F; print(a)
a ^= 0xAA; print(a)
b = 10 ** 20
b += 1; print(b)
b -= 10 ** 21; print(b)
b *= b; print(b)
b //= 10 ** 15; print(b)
b %= 10 ** 9 + 7; print(b)
c = 5
c /= 2; print(c, type(c).__name__)
c = 2 ** 70
c /= 2 ** 69; print(c)
vals = [3, -3, 2 ** 65, -(2 ** 65)]
for x in vals:
    for y in vals:
        print(x + y, x - y, x * y, x // y, x % y)
print(1 + 2 * 3 - 4 // 3 + 5 % 3 - 2 ** 3)
print(-3 ** 2, (-3) ** 2, -(-3) ** 3)
