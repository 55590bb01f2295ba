# int: bitwise &, |, ^, ~ on small, negative and big ints
vals = [0, 1, 5, 12, -1, -6, 255, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ 0xFF)
big = 2 ** 100 + 12345
nbig = -(2 ** 90) - 7
print(big & nbig)
print(big | nbig)
print(big ^ nbig)
print(~big, ~nbig)
print(big & 0xFFFF, nbig & 0xFFFF, nbig & (2 ** 64 - 1))
print(-1 & (2 ** 100 - 1) == 2 ** 100 - 1)
print((2 ** 80 - 1) ^ (2 ** 79), (2 ** 80) | 1)
print(-5 & -3, -5 | -3, -5 ^ -3, -5 & 3, -5 | 3)
x = 0b1010
x &= 0b0110
print(bin(x))
x |= 0b1001
print(bin(x))
x ^= 0b1111
print(bin(x))
print(bin(~0b1010), bin(-(2 ** 70) & 0xFF))
# popcount by hand
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(2 ** 100 - 1), popcount(12345678901234567890))
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__)
