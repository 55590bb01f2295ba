# float: round() with banker's rounding and ndigits; int/float round results
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1):
    print(v, round(v), type(round(v)).__name__)
for v in (2.675, 1.005, 0.125, 0.375, 3.14159, -3.14159, 1234.5678):
    print(v, round(v, 2), round(v, 1), round(v, 0), round(v, -1), round(v, -2))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2))
print(round(5, 2), round(15, -1), round(25, -1), type(round(5, 2)).__name__)
print(round(2 ** 70 + 1, -5))
print(round(1e300, 2), round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(0.0), round(-0.0, 1), round(-0.4))
print(round(7.25, 1), round(7.35, 1), round(0.05, 1), round(0.15, 1))
print(round(1 / 3, 5), round(2 / 3, 10))
