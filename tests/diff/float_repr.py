# float: shortest round-trip repr of many values
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 1e16, 1e+16, 1e15, 123456789012345678.0,
        1.5e-07, 1e-5, 0.0001, 0.00001, 1/3, 2/3, 2.0 ** 60, 2.0 ** 53, 1e22, 1e23,
        3.14159, 100.0, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        -0.0, 0.0, 12345.678, 1e-10, 9.999999999999999e22, 0.3, 1.1, 2.675]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), repr(-float("inf")))
print(1e16, 1e15, 9e15, 1.0e16 + 1)
print(0.1 * 3, 0.7 + 0.1, 4.35 * 100)
print(1 / 7, 22 / 7, 355 / 113)
print(2.5, 2.50, 10.0 / 4, 1e0)
print([0.1, -0.0, 1e-7])
print((1.5, 2.25))
print(float(10 ** 16), float(2 ** 100), float(-(10 ** 25)))
for e in range(-8, 24, 3):
    v = 1.5 * 10.0 ** e
    print(e, v, repr(-v), str(v / 3))
print(0.1 + 0.7, 1.0 - 0.9, 3.0 * 1.1, 1e15 + 0.3, 1e-15 * 3)
