# builtin: divmod and pow (2 and 3 arguments) across types and signs
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2 ** 70, 12345), (-(2 ** 70), 7)]:
    print(a, b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1e10, 3), (0.3, 0.1), (5, 0.75)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -3), pow(2.5, 2), pow(-8, 2), pow(9, 0.5), pow(0, 0))
print(pow(3, 200, 1000), pow(12345, 67890, 10 ** 9 + 7), pow(-2, 5, 7), pow(2, 5, -7))
print(pow(7, 0, 5), pow(7, 0, 1), pow(0, 5, 3), pow(10 ** 30, 3, 97))
print(pow(3, -1, 11), pow(10, -2, 7), pow(-3, -1, 7))
print(pow(2, 1000) % 1000, pow(2, 1000, 1000))
for base, exp, mod in [(2, 10, 0), (2, 3.0, 5), (2, -1, 4)]:
    try:
        print(pow(base, exp, mod))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(divmod(True, 2), divmod(-0.0, 1), divmod(1e300, 1e-300)[1] >= 0)
def mod_inverse_check(a, m):
    inv = pow(a, -1, m)
    return inv, (a * inv) % m
print([mod_inverse_check(a, 17) for a in (2, 3, 5, 16)])
print(pow(2, 64) - 1 == (1 << 64) - 1, pow(-1, 2 ** 64), pow(2, 0.5) ** 2)
