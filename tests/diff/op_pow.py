# op: ** precedence, right associativity, negative/float exponents and result types
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -1)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__, type(4 ** 0.5).__name__)
for base in (2, -2, 3, -3, 0, 1, -1):
    for exp in (0, 1, 2, 3, -1, -2):
        if base == 0 and exp < 0:
            continue
        print(f"{base}**{exp}={base ** exp}", end=" ")
    print()
print(2 ** 0.5 * 2 ** 0.5, 8 ** (1 / 3), 1e10 ** 0.5, 0.25 ** -0.5)
print(10 ** 18, 10 ** 19, 10 ** -18, 7 ** 77 % 1000)
print((-1) ** 1000001, (-1.0) ** 2, 1.0 ** -5)
x = 2
x **= 0.5
print(x)
print([2 ** i for i in range(-3, 4)])
print(pow(2, 10), pow(2, 0.5), pow(-2, 3), pow(10, -3))
print(2 ** 100 // 2 ** 99, 3 ** 40 % 1000, (-3) ** 41 % 1000, 10 ** -1 * 10)
print([(-1) ** n for n in range(5)], [2.0 ** n for n in range(-2, 3)])
print(0.0 ** 0.0, 0 ** 0.0, (-0.0) ** 3, (-0.0) ** 2)
