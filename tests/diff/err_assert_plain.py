# err: failing assert without a message is uncaught (stderr ends with bare 'AssertionError')
print("running assertion checks")
checks = [1 < 2, "a" in "abc", [] == [], not None]
print(checks, all(checks))
def mean(xs):
    assert len(xs) > 0, "empty input"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]), mean([10]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
values = [mean([i, i + 1]) for i in range(5)]
print(values)
assert all(v > 0 for v in values)
print("all positive")
x = 5
assert x == 5
print("first assert passed")
assert x > 10
