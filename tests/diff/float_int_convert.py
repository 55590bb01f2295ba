# float: int(), truncation, float of big ints, and float/int boundaries
for v in (3.7, -3.7, 0.9999999, -0.0, 1e18, 1.5e19, -2.5e20, 2.0 ** 70, 1e300):
    print(v, int(v))
print(int(1e300) == 10 ** 300, int(1e300) - 10 ** 300 != 0)
print(float(2 ** 1023) , float(-(2 ** 1023)))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1024 > 1e308)
print(float(12345678901234567890), float(-12345678901234567))
print(int(12.0) == 12, type(int(12.0)).__name__)
print(float(0), float(-0), str(float(-0)))
print(7 // 2, 7.0 // 2, int(7 / 2), round(7 / 2))
print(float("1" + "0" * 25), int(float("1" + "0" * 25)))
print(int(-0.9999), int(0.9999), int(-1.0000001), int(2.5), int(-2.5), int(1e0))
print(float(10 ** 15 + 1) == 10 ** 15 + 1, float(10 ** 17 + 1) == 10 ** 17 + 1)
print(int(9007199254740993.0), 9007199254740993 == float(9007199254740993))
for v in [0.5, 1.5, 2.5, -0.5, -1.5]:
    print(v, int(v), round(v), int(round(v)))
print(float(int(1e22)) == 1e22, int(1e22), int(1e23))
