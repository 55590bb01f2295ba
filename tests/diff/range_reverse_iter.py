# range: reversed ranges, negative steps, equality, emptiness and use as indices
for r in [range(10), range(1, 10, 2), range(10, 0, -3), range(-5, 5, 4), range(0), range(5, 5)]:
    print(r, list(r), list(reversed(r)), len(r), bool(r))
print(range(0, 10, 3)[::-1], range(10)[2:8:2], range(10)[-3:], range(10)[::-2], range(10)[100:])
print(range(3) == range(0, 3, 1), range(0, 3, 2) == range(0, 4, 2), range(0) == range(2, 2), range(1) == range(2))
print(list(range(2 ** 64, 2 ** 64 + 3)), range(2 ** 64)[-1], range(2 ** 64)[2 ** 63])
words = ["zero", "one", "two", "three", "four", "five"]
for i in range(len(words) - 1, -1, -2):
    print(i, words[i])
print([words[i] for i in range(0, len(words), 2)])
print(sum(range(1, 11)) == 55, sum(range(-10, 11)), max(range(-5, 5, 3)), min(range(10, 0, -4)))
r = range(1, 20, 3)
print(r.index(16), r.count(4), 4 in r, 5 in r, r[-2], r[1:-1])
big = range(0, 2 ** 80, 2 ** 40)
print(big[-1] == 2 ** 80 - 2 ** 40, 2 ** 79 in big, 2 ** 79 + 1 in big, big.index(2 ** 50))
acc = []
for i in range(10, 0, -1):
    if i % 3 == 0:
        continue
    acc.append(i)
print(acc)
print([list(range(n)) for n in range(4)], [len(range(0, n, 2)) for n in range(6)])
