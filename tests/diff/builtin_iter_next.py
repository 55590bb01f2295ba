# builtin: iter() and next() with defaults on lists, strings, dicts, ranges, files of generators
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("hé😀")
print(next(s), next(s), next(s), next(s, "exhausted"))
d = iter({"a": 1, "b": 2})
print(next(d), next(d), next(d, "no more keys"))
r = iter(range(2, 5))
print(list(r), list(r))
li = [1, 2, 3]
i1 = iter(li)
i2 = iter(li)
print(next(i1), next(i1), next(i2))
print(iter(i1) is i1)
li.append(4)
print(list(i1))
nested = iter([iter([1, 2]), iter([3])])
print([list(x) for x in nested])
t = iter((5,))
print(next(t), next(t, "tuple done"))
e = iter([])
try:
    next(e)
except StopIteration:
    print("StopIteration on empty")
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
first, second = next(data), next(data)
rest = list(data)
print(first, second, rest)
pairs = iter([1, 2, 3, 4, 5, 6])
print(list(zip(pairs, pairs)))
