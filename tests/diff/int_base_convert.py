# int: manual base conversion of big ints compared with int(s, base), hex/oct/bin and format
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
nums = [0, 1, -1, 35, 36, 255, -4096, 2 ** 64 - 1, 3 ** 100, -(7 ** 60)]
for n in nums:
    reps = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert all(int(r, b) == n for r, b in zip(reps, (2, 8, 16, 36)))
    print(n, reps[2], reps[3])
for n in nums:
    assert to_base(n, 16) == format(n, "x")
    assert to_base(n, 2) == format(n, "b")
    assert to_base(n, 8) == format(n, "o")
print("all conversions agree")
print(int("zz", 36), int("ZZ", 36), int("-z1", 36), int("1" * 64, 2) == 2 ** 64 - 1)
print(int("777", 8), int("0o777", 8), int("0x1_f", 16), int("  0b_101 ", 0))
def digit_sum(n, b):
    s = 0
    while n:
        s += n % b
        n //= b
    return s
print([digit_sum(2 ** 100, b) for b in (2, 3, 10, 16)])
