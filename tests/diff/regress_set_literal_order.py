# set literals with constant-folded elements, and `for` over a set literal, iterate in CPython's order
x = 2
print({-1, -2, 7, 2}, {-1, -2, 7, 1 + 1}, {-1, -2, 7, x})
print({-1, -2, 5, 100, 3, 2**40, 7, 64, 32})
for v in {8, 16, 24, 32, 1, 9}:
    print(v, end=" ")
print()
print([v for v in {8, 16, 24, 32, 1, 9}])
