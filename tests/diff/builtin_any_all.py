# builtin: any and all with short-circuiting over generators, empty iterables and truthiness
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0, 1]), all([1, 1, 0]))
print(any("abc"), all(""), any([[]]), all([[]]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
checked = []
def check(v):
    checked.append(v)
    return v > 2
print(any(check(v) for v in [1, 2, 3, 4, 5]), checked)
checked.clear()
print(all(check(v) for v in [5, 4, 1, 6]), checked)
words = ["alpha", "beta", "gamma"]
print(all(w.islower() for w in words), any(w.startswith("g") for w in words))
print(any(len(w) > 5 for w in words), all(isinstance(w, str) for w in words))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums), any(n > 100 for n in nums))
print(all([True, 1, 1.0, "x", (0,)]), any({0: "k"}), any({0, 1}), all(range(1, 10)), all(range(0, 10)))
grid = [[1, 2], [3, 0], [5, 6]]
print(all(all(row) for row in grid), any(all(row) for row in grid), [all(r) for r in grid])
print(any(v == 0 for row in grid for v in row), all(len(r) == 2 for r in grid))
print(any(iter([])), all(iter([])), any([None, 0, "0"]))
