# float: ** with negative/float exponents and the math of special cases
print(2.0 ** 3, 2.0 ** -3, 2 ** 0.5, 9 ** 0.5, 0.5 ** 2)
print(1.5 ** 2.5, 10 ** -1, 10.0 ** -10, (-2.0) ** 3, (-2.0) ** -2)
print(0.0 ** 0, 0.0 ** 0.0, 1.0 ** 1e300)
print(float("inf") ** 0, float("nan") ** 0, 1 ** float("nan"))
print(2.0 ** float("-inf"), 0.5 ** float("inf"), 2.0 ** float("inf"))
print((-1.0) ** float("inf"))
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2.0, 10), pow(2, -2), pow(4.0, 0.5))
x = 2.0
x **= 10
print(x)
x **= -0.5
print(x)
print([round(1.1 ** n, 6) for n in range(8)])
print(10 ** -2 == 0.01, 2 ** -1 == 0.5)
print(1e-320 ** 0.5, 1e-320 * 1e-10)
