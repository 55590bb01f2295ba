# builtin: sum with start values and floats; abs of ints, floats, bools and big ints
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10))
print(sum([1, 2.5]), sum((1, 2), 0.5), sum([[1], [2, 3]], []), sum([True, True, False]))
print(sum(x * x for x in range(10)), sum([2 ** 64, 2 ** 64, -(2 ** 65)]), sum([-1] * 5))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1, 2], start=100))
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False))
print(abs(-(2 ** 100)), abs(-9223372036854775808), abs(float("-inf")), abs(float("nan")))
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__, type(abs(True)).__name__)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, None])
except TypeError as e:
    print("TypeError:", e)
try:
    abs([1])
except TypeError as e:
    print("TypeError:", e)
vals = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(abs(v) for v in vals), sum(v for v in vals if v > 0), sum(vals) / len(vals))
