# cmp: lexicographic comparison of lists, tuples and strings, and sorting by them
seqs = [[], [0], [0, 0], [1], [0, 1], [1, 0], [-1, 5, 5], [0, 0, 0]]
for a in seqs:
    print(a, [int(a < b) for b in seqs], [int(a == b) for b in seqs])
print(sorted(seqs))
print(sorted([tuple(s) for s in seqs], reverse=True))
words = ["apple", "app", "Apple", "apples", "b", "", "APP", "ab"]
print(sorted(words))
print(sorted(words, reverse=True))
for w in words:
    print(repr(w), w < "apple", w == "app", w > "APP")
print([1, 2, 3] < [1, 2, 4], (1, 2, 3) > (1, 2), "abc" < "abd", [1, [2]] < [1, [3]])
print([1, 2] == [1, 2.0], (1, 2) != (1, 2), [(1, 2), (0, 9)] > [(1, 1)])
print("abc" < "abcd" < "abd" < "b", "Z" < "a" < "z", "" < "\x00")
print([1, 2] < [1, 2, 0] < [1, 3], (0, 9) < (1,), [[1, 2], [1]] > [[1, 1, 9]])
print(max(["b", "ab", "abc"]), min([(2, 1), (1, 9), (1, 2)]), max([[], [0], [-1, 5]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["10", "9", "1"]), sorted([[10], [9], [1, 0]]))
print([1, 2, 3] == [1, 2, 3], (1,) != [1], [1] != [1.0])
names = ["bob", "Bob", "alice", "Alice", "éve", "eve"]
print(sorted(names), [n < "b" for n in names])
