# int: comparisons among small, big, negative ints, floats and bools
vals = [-(2 ** 100), -(2 ** 63), -1, 0, 1, 2 ** 63 - 1, 2 ** 63, 2 ** 100]
for i in range(len(vals)):
    row = []
    for j in range(len(vals)):
        a, b = vals[i], vals[j]
        row.append("<" if a < b else (">" if a > b else "="))
    print("".join(row))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(sorted([3, -(2 ** 70), 2.5, True, 2 ** 70, -0.5]))
print(max(2 ** 64, 1e19), min(-(2 ** 64), -1e19))
print(2 ** 64 != 2 ** 64 + 0)
print(1 < 2 < 2 ** 70 < 2 ** 71)
print(0 < -0.0, 0 == -0.0)
big_list = [2 ** 100, -(2 ** 100), 0, 2 ** 64, -1, 2 ** 63]
print(sorted(big_list), max(big_list), min(big_list))
print(2 ** 100 == 2 ** 100, 2 ** 100 is not None, 2 ** 100 != 2 ** 100 + 1)
print([x > 2 ** 63 for x in big_list], [x <= -1 for x in big_list])
