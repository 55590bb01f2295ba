# builtin: hash() of ints and tuples of ints (deterministic values) and hash consistency rules
for n in [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, 2 ** 61 - 2, 2 ** 61 - 1,
          2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 61), -(2 ** 63), 10 ** 20, -(10 ** 20)]:
    print(n, hash(n))
for t in [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), ((1, 2), 3), (-1, -1), (2 ** 70, 5), ((), ())]:
    print(t, hash(t))
print(hash(True), hash(False), hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(2.0) == hash(2))
print(hash(-1) == hash(-2), hash((1,)) == hash((1.0,)))
keys = {hash((i, j)) for i in range(20) for j in range(20)}
print(len(keys))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1: 2})
except TypeError as e:
    print("TypeError:", e)
print(hash(123456789) == 123456789, hash(-123456789), hash(2 ** 61 + 5), hash((2 ** 61 + 5,)) == hash((6,)))
print(hash(0) == hash(False), hash(1) == hash(True))
