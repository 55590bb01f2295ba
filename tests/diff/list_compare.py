# list: equality and lexicographic ordering of lists and nested lists
pairs = [([1, 2, 3], [1, 2, 3]), ([1, 2], [1, 2, 3]), ([1, 3], [1, 2, 9]), ([], []),
         ([], [0]), ([2], [10]), (["a"], ["B"]), ([[1, 2]], [[1, 3]]), ([1.0], [1]),
         ([1, [2, 3]], [1, [2, 3]])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(sorted([[3], [1, 2], [1], [], [2, 0], [1, 1, 1]]))
print(max([[1, 2], [1, 10], [0, 99]]), min([[5], [4, 100]]))
print([1, 2] == (1, 2), [1, 2] != (1, 2))
x = [1, 2]
y = x
z = [1, 2]
print(x == z, x is z, x is y)
nan = float("nan")
n = [nan]
print(n == n, [nan] == [nan], n[0] == n[0])
print([[]] == [[]], [[]] < [[0]], [None] == [None])
a = [1, 2, 3]
b = a[:]
print(a == b, a is b, a < b + [0], a[:2] < a, [3] > a)
print(sorted([[3, 1], [2, 9], [2, 8, 1], [2]]), [[1]] * 2 == [[1], [1]])
