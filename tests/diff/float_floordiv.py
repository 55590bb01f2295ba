# float: // and % floor toward -inf with every sign combination
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (7, 0.5), (-7, 0.5),
         (1.0, 3.0), (-1.0, 3.0), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (5.0, 5.0),
         (1e20, 3.0), (-1e-5, 1.0), (6.0, -4), (-6, 4.0), (0.3, 0.1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(3.0 % -1.5, -3.0 % 1.5, 1.0 % -3.0)
print(7 // 2.0, type(7 // 2.0).__name__)
print(-1e-300 % 1.0)
print(-7.0 // 1, -7.5 // 1, 7.5 // 1)
x = 10.0
x //= 3
print(x)
x %= 2.5
print(x)
x = -10.0
x %= 3
print(x)
for e in (ZeroDivisionError,):
    try:
        1.5 // 0.0
    except e as err:
        print(type(err).__name__, err)
    try:
        1.5 % 0
    except e as err:
        print(type(err).__name__, err)
    try:
        divmod(1.5, 0.0)
    except e as err:
        print(type(err).__name__, err)
