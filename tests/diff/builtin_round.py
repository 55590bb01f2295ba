# builtin: round() half-to-even for ints and floats, ndigits positive/negative/None
for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 1e20, -1e-20]:
    print(v, round(v), round(v, None), round(v, 0), round(v, 1))
for n in [5, 15, 25, 35, 45, 55, -5, -15, -25, 1234567, 2 ** 65 + 50]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 3))
for v in [0.125, 0.135, 0.145, 2.675, 2.665, 1.0005, 123.456, -123.456]:
    print(v, round(v, 2), round(v, 1), round(v, -1), round(v, -3))
print(round(3.7), round(-3.7), round(3.2), round(-3.2), type(round(3.7)).__name__)
print(round(True), round(False, 2), round(7, 10), round(1e-300, 5), round(0.5 + 1e-16))
print(round(1.23456789, 20), round(9.995, 2), round(99.5), round(100.5), round(-100.5))
prices = [19.995, 0.045, 1.115, 2.5, 3.5, 1234.5678]
print([round(p, 2) for p in prices], [round(p) for p in prices])
print(sum(round(x / 7, 3) for x in range(10)))
print(round(-0.5), round(-1.5), round(0.5000000001), round(-2.675, 2))
print(round(10 ** 20 + 0.5), round(2 ** 53 + 1.0), round(123, -5), round(-50, -2), round(150, -2))
for nd in range(-2, 4):
    print(nd, round(1234.56789, nd), round(-1234.56789, nd))
def round_half_up(x, nd=0):
    m = 10 ** nd
    return int(x * m + (0.5 if x >= 0 else -0.5)) / m
print([round_half_up(v) for v in (0.5, 1.5, 2.5, -2.5)], [round(v) for v in (0.5, 1.5, 2.5, -2.5)])
print(round(2.5) == 2, round(3.5) == 4, round(-3.5) == -4)
