# op: bitwise operators on big and negative integers follow two's complement semantics
A = 0x123456789ABCDEF0123456789
B = -0xFEDCBA9876543210FEDCBA98
vals = [A, B, -A, ~B, 2 ** 64, -(2 ** 64), 1, -1, 0]
for x in vals:
    print(x & A, x | B, x ^ A, ~x)
print(A >> 3, A << 3, B >> 3, B << 3, B >> 200, A >> 200)
print((A & B) + (A | B) == A + B, (A ^ B) == (A | B) - (A & B))
print(~A == -A - 1, ~B == -B - 1, -(2 ** 100) & (2 ** 100 - 1), -(2 ** 100) & (2 ** 101 - 1))
mask = (1 << 64) - 1
def to_u64(n):
    return n & mask
def from_u64(u):
    return u - (1 << 64) if u >> 63 else u
for n in (-1, -2 ** 63, 2 ** 63 - 1, -123456789):
    u = to_u64(n)
    print(n, u, hex(u), from_u64(u) == n)
r = 0
for i in range(0, 200, 7):
    r ^= (1 << i) | (-1 << (i // 2)) & ((1 << 150) - 1)
print(r, bin(r).count("1"))
