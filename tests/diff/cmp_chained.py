# cmp: chained comparisons evaluate middle operands once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(5) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(5) < v(3) < v(10), calls)
calls.clear()
x = 5
print(0 < x < 10, 0 < x < 5, 0 <= x <= 5, x == 5 > 4, 10 > x >= 5 > 0)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3), 1 in [1] in [[1]], (1 < 2) < 3)
a, b, c = 3, 3, 4
print(a == b < c, a < b < c, a <= b <= c, a != b != c, a != c != b)
print("a" < "b" < "c", [1] < [2] < [3], (1,) <= (1,) < (2,))
def between(lo, val, hi):
    return lo <= val < hi
print([between(0, i, 3) for i in range(-1, 5)])
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8, 1 < 2 < 3 < 4 < 5 < 6 < 7 < 7)
