# range: construction, iteration, len, indexing, slicing, membership, repr
print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(-3, 3)), list(range(3, -3, -1)))
r = range(3, 20, 4)
print(len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:3], r[::-1], list(r[::-1]), r[::2], list(r[10:]))
print(7 in r, 8 in r, 19 in r, 20 in r, -1 in range(-5, 0))
print(r.index(11), r.count(11), r.count(12))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(10, 0)), len(range(-10, 10, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), list(range(1, 2, 5)))
print(sum(range(101)), sum(range(0, 1000, 3)), max(range(7)), min(range(3, 9)))
big = range(2 ** 70, 2 ** 70 + 10, 3)
print(len(big), big[1], 2 ** 70 + 3 in big, list(big))
print(len(range(-(10 ** 20), 10 ** 20, 10 ** 19)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(9)
except ValueError as e:
    print("ValueError:", e)
total = 0
for i in range(10, -10, -3):
    total += i
    print(i, end=" ")
print("total", total)
print(tuple(range(3)), [x * x for x in range(1, 6)], list(reversed(range(4))))
