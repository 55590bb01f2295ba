# ints whose magnitude needs 48..64 bits (one GMP limb): arithmetic,
# hashing, comparison, dict/set keys, conversions, and the edges around them
edges = [2**47 - 1, 2**47, 2**47 + 1, 2**48, 2**53 + 1, 2**62, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1, 2**64, 2**64 + 1]
vals = []
for e in edges:
    vals.append(e)
    vals.append(-e)
vals += [0, 1, -1, 3, -7, 1103515245, 2**31, -(2**31)]

for v in vals:
    print(v, hash(v), v.bit_length(), float(v), str(v), repr(-v), abs(v), -v, +v, ~v, bool(v))

# every pairing through the operators that have a 64-bit fast path
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        row.append(a & b)
        row.append(a | b)
        row.append(a ^ b)
        row.append(a < b)
        row.append(a == b)
        row.append(a >= b)
        if b:
            row.append(a // b)
            row.append(a % b)
            row.append(divmod(a, b))
    print(hash(tuple(row)) == hash(tuple(row)), row[:6], sum(x for x in row if type(x) is int) % 1000003)

# augmented assignment takes the same paths
s = 2**62
s += s
print(s, type(s))
s -= 1
print(s)
s //= 3
print(s)
s *= -3
print(s)
s %= 2**61
print(s)
t = -(2**63)
t -= 1
print(t, t + 1, t + 2)
t //= -1
print(t)

# an LCG as in the benchmark: products beyond 2^47 that come back under 2^31
seed = 42
for _ in range(1000):
    seed = (seed * 1103515245 + 12345) % 2147483648
print(seed)
h = 0
for i in range(200):
    h = (h * 31 + i) & 0xFFFFFFFFFFFFFFFF
print(h, hash(h))
h = 1469598103934665603
for c in "the quick brown fox":
    h = ((h ^ ord(c)) * 1099511628211) % 2**64
print(h, hex(h), oct(h), bin(h)[:20], "%d %x" % (h, h), f"{h:,}", format(h, "_x"))

# equal ints from different computations are the same dict/set key
d = {}
for v in [2**50, 2**50 + 0, (2**25) ** 2, 2**51 // 2, 2**63, 2**64 - 1, -(2**63), 2**64]:
    d[v] = d.get(v, 0) + 1
print(sorted(d.items()))
print({2**60, 2**59 * 2, 2**60 + 1 - 1} == {2**60})
print(2**60 in d, 2**50 in d, 2**63 in {2**63: 1}, (2**63 - 1) in {2**63: 1})
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**64 - 1), hash(-(2**64 - 1)), hash(2**63), hash(-(2**63)))
print(hash(2**61 - 2), hash(-(2**61 - 2)), hash(2**62 + 5))

# conversions to and from floats and other types
print(2**53 + 1 == float(2**53 + 1), 2**63 == 2.0**63, 2**64 - 1 < 2.0**64, float(2**63 - 1))
print(int(2.0**62), int(-(2.0**63)), int("9223372036854775807"), int("-9223372036854775808"), int("18446744073709551615"))
print((2**63 - 1).to_bytes(8, "big"), int.from_bytes(b"\xff" * 8, "little"), (2**62) / 3, (2**63) / (2**62))
print(round(2**62 + 12345, -3), pow(2**40, 3, 2**63 - 25), (2**62) ** 1, (-(2**32)) ** 2, 2**62 << 1, 2**63 >> 7)
print(max(2**63, 2**63 - 1, 2**62), min(-(2**63), -(2**62)), sorted([2**64, -(2**63), 2**50, 5, -(2**48)]))
print(list(range(2**62, 2**62 + 3)), [2**62, 2**62 + 1][1], "ab"[2**63 - 2**63])
print(sum([2**62, 2**62, 2**62]), sum(range(2**50, 2**50 + 10)))

# floor division and modulo by powers of two and by 32-bit values, every sign
for x in [0, 1, 7, -1, -7, 2**31 - 1, 2**31, 2**32 - 1, 2**32, -(2**32), 2**47 - 1, -(2**47), 2**62 + 3, -(2**63)]:
    row = []
    for y in [1, 2, 8, 2**31, 2**32, 2**47, 2**62, 3, 12, 2**32 - 1, -1, -2, -8, -3, -(2**32)]:
        row.append((x // y, x % y))
        z = x
        z //= y
        w = x
        w %= y
        row.append((z, w))
    print(x, row)
