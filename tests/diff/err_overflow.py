# err: uncaught OverflowError from float exponentiation
import math
print("float max exponent demo", 2.0 ** 10)
print(2.0 ** 1023, 2.0 ** -1074)
print(2 ** 1000 > 10 ** 300, float(2 ** 1000))
print(1e308 * 10, -1e308 * 10)
try:
    math.exp(1000)
except OverflowError as e:
    print("caught:", e)
big_int = 10 ** 400
print(len(str(big_int)), big_int // 10 ** 399)
try:
    float(big_int)
except OverflowError as e:
    print("caught:", e)
x = 2.0
for i in range(12):
    x = x ** 2
    print(i, x)
