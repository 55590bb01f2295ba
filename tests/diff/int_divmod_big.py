# int: divmod identity over many sign/size combinations
import sys
nums = [0, 1, -1, 7, -7, 2 ** 40 + 3, -(2 ** 40 + 3), 2 ** 64 - 1, -(2 ** 64 - 1),
        3 ** 90, -(3 ** 90)]
count = 0
for a in nums:
    for b in nums:
        if b == 0:
            continue
        q, r = divmod(a, b)
        assert q == a // b and r == a % b
        assert q * b + r == a
        if b > 0:
            assert 0 <= r < b
        else:
            assert b < r <= 0
        count += 1
print("checked", count)
print(divmod(3 ** 90, 2 ** 64 - 1))
print(divmod(-(3 ** 90), 2 ** 40 + 3))
print(divmod(2 ** 40 + 3, -(3 ** 90)))
print(divmod(-7, 2 ** 64 - 1))
print(divmod(7, -(2 ** 64 - 1)))
print((10 ** 40) // 3, (10 ** 40) % 3)
print((-(10 ** 40)) // 3, (-(10 ** 40)) % 3)
print(sys.maxsize == 2 ** 63 - 1)
