# math: constants, sqrt, floor, ceil, trunc, fabs, copysign, fmod, isnan, isinf
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, 2 * math.pi)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e300))
for v in [2.5, -2.5, 3.0, -0.5, 0.5, 1e20, -7.9999]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(7), math.ceil(-7), math.trunc(2 ** 70), math.floor(-(2 ** 70)))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)).__name__)
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(math.inf, -2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), -7 % 3, -7.5 % 2)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isnan(float("nan")), math.isinf(float("-inf")), math.isnan(math.inf - math.inf), math.isinf(-1e308 * 10))
for bad in [lambda: math.sqrt(-1), lambda: math.fmod(1, 0), lambda: math.floor(math.nan), lambda: math.ceil(math.inf)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.sqrt(10 ** 20), math.sqrt(2 ** 100), math.floor(math.sqrt(99)), math.sqrt(2) ** 2)
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(-0.5), math.fabs(-math.inf))
print(math.sqrt(0.25), math.sqrt(1e-10), math.copysign(1, -0.0))
