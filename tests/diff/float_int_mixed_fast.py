# float with small int (and float with float) through + - * / and their
# augmented forms: signed zeros, infinities, NaN, division by zero, bools
import math

vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, float("inf"), float("-inf"), 0.1, 3.0]
ints = [0, 1, -1, 7, -3, 2**46, -(2**47), 2**47 - 1]
for x in vals:
    for i in ints:
        row = [x + i, i + x, x - i, i - x, x * i, i * x]
        if i:
            row.append(x / i)
        if x:
            row.append(i / x)
        print(x, i, [repr(v) for v in row], [math.copysign(1.0, v) for v in row if v == 0])
nan = float("nan")
print(nan + 1, 1 - nan, nan * 0, math.isnan(0 * nan), repr(-0.0 * 5), repr(5 * -0.0), repr(-0.0 + 0), repr(0 - 0.0))
print(True + 0.5, 0.5 * False, 1.5 - True, 2 ** 0.5, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5)

for op in ["/", "/="]:
    for x, y in [(1.5, 0), (0, 0.0), (2.0, -0.0), (-1.0, 0.0)]:
        try:
            if op == "/":
                x / y
            else:
                x /= y
        except ZeroDivisionError as e:
            print(op, x, y, "ZeroDivisionError:", e)

s = 0.0
for j in range(1, 200):
    s += 1.0 / (j * (j + 1) // 2 + j + 1)
    s -= j * 1e-9
    s *= 1.0000001
print(repr(s))
t = 3
t /= 2
print(repr(t))
t = 10.0
t += 2**47
t -= 7
t *= -2
print(repr(t))
u = 1.5
try:
    u <<= 2
except TypeError as e:
    print("TypeError:", e)
try:
    u += "a"
except TypeError as e:
    print("TypeError:", e)
try:
    u = u @ 2
except TypeError as e:
    print("TypeError:", e)

# comparisons of floats with floats and small ints, NaN and signed zeros included
cmp_vals = [nan, -0.0, 0.0, 0, 1, -1, 1.0, 2**47 - 1, float(2**47 - 1), float("inf"), -(2**47), 0.5]
for x in cmp_vals:
    print(repr(x), [(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in cmp_vals])
print(nan in [nan], [nan] == [nan], nan == nan, nan != nan, 1.0 in [1], 0.0 in {-0.0: 1})
i = 0
z = 0.0
while z < 10.5:
    z += 0.75
    i += 1
print(i, z)
