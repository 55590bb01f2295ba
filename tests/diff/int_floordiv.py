# int: floor division and modulo round toward negative infinity
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (13, 13), (-13, 13)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
big = 10 ** 25 + 7
for d in (3, -3, 10 ** 12, -(10 ** 12)):
    print(big // d, big % d, -big // d, -big % d)
print(5 // 1, -5 // 1, 5 % 1, -5 % 1)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 100
x //= 7
print(x)
x %= 4
print(x)
x = -100
x //= 7
print(x)
x %= -4
print(x)
