# op: true division always yields float, including huge ints and exact results
print(1 / 2, 6 / 3, -6 / 4, 0 / 7, 7 / -7, type(6 / 3).__name__)
print(10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 10 ** 10, 2 ** 200 / 2 ** 190)
print(1 / 3 + 1 / 3 + 1 / 3, 2 / 3, 10 / 3, -10 / 3)
print((2 ** 64 + 1) / 2, 12345678901234567890 / 10)
print(3 / 1.5, 1.5 / 3, 1 / 1e-300, 1e-300 / 1e300)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399, (10 ** 400 + 5) / 10 ** 400)
a = 7
a /= 2
print(a)
a /= 0.25
print(a)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (2 ** 2000) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(3 / (2 ** 2000), -3 / (2 ** 2000), (2 ** 2000 + 1) / (2 ** 2000))
print(2 ** 1074 / 2 ** 1075, 1 / 2 ** 1074, 1 / 2 ** 1075)
print(True / 2, False / 1, 5 / True)
