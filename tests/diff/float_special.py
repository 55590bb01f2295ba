# float: inf, -inf, nan, -0.0 behaviour in arithmetic and comparisons
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan)
print(inf + 1, inf - inf, inf * 0, inf * -2, -inf / 3)
print(1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf > 10 ** 400, -inf < -(10 ** 400))
x = [nan]
print(x == x, nan in x, x[0] == x[0])
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0)
print(abs(-0.0), -(0.0), 0.0 * -5)
print(max(1.0, nan), min(nan, 1.0))
print(float("Infinity"), float("-iNF"), float("  nan "), float("+inf"))
print(1e308 * 10, -1e308 * 10)
print(2.0 ** 1023 * 2 == inf)
print(inf % 5.0 if inf != inf else "inf % 5.0 is", inf % 5.0, 5.0 % -inf)
try:
    print(5.0 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
print(5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(bool(nan), bool(0.0), bool(-0.0), bool(inf))
print(round(2.5), round(-0.5), round(0.5))
print(sorted([3.0, -inf, 0.0, inf, -0.0]))
