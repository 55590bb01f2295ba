# int: exponentiation with negative, zero and big exponents; 3-arg pow
print(2 ** 10, 2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 3, (-2) ** -3, -2 ** 2, (-2) ** 2)
print(0 ** 5, 5 ** 0, 0 ** 0)
print(type(2 ** 5).__name__, type(2 ** -5).__name__)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print(pow(3, 4), pow(3, -1), pow(3, 4, 5), pow(-3, 3, 7))
print(pow(2, 100, 1000000007), pow(7, 10 ** 18, 13))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
x = 3
x **= 4
print(x)
x **= 10
print(x)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-1 ** 0.5)
print(10 ** 20, 10.0 ** 20, 10 ** 20.0)
print(2 ** 62 * 4 == 2 ** 64)
