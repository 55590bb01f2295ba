# math: exp, log (with base), log2, log10, pow, sin, cos, tan, atan2, hypot with exact repr output
import math
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(0.5))
print(math.log(1), math.log(math.e), math.log(10), math.log(8, 2), math.log(100, 10), math.log(2, 8))
print(math.log(1024, 2), math.log(1000, 10), math.log(2 ** 100), math.log(10 ** 100, 10))
print(math.log2(8), math.log2(1024), math.log2(3), math.log2(2 ** 1000), math.log10(1000), math.log10(2), math.log10(10 ** 50))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(9, -0.5), math.pow(0, 0), type(math.pow(2, 2)).__name__)
for a in [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, -math.pi / 4, 1, 2.5]:
    print(round(a, 6), math.sin(a), math.cos(a), math.tan(a))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(1, 0), math.atan2(0, 0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(0, 0), math.hypot(-3, 4))
print(math.sin(math.pi / 2) ** 2 + math.cos(math.pi / 2) ** 2, math.tan(math.atan2(3, 4)), math.atan2(3, 4))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(-5), lambda: math.log2(0),
            lambda: math.log(10, 1), lambda: math.pow(-8, 1 / 3), lambda: math.sqrt(-1e-300), lambda: math.exp(800)]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(math.hypot(1e200, 1e200), math.hypot(3e-200, 4e-200), math.exp(-745), math.exp(-746))
print(math.log(math.exp(2)), math.log2(0.5), math.log10(0.001), math.log(9, 3), math.log(2 ** 1000, 2))
