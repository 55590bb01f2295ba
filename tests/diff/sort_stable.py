# sort: stability of list.sort and sorted across multiple passes and with reverse
records = [("dave", "eng", 3), ("ann", "ops", 1), ("cy", "eng", 1), ("bo", "ops", 3),
           ("eve", "eng", 2), ("fay", "hr", 1), ("gus", "hr", 3), ("hal", "ops", 2)]
by_level = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_level])
by_dept_then_level = sorted(by_level, key=lambda r: r[1])
print([r[0] for r in by_dept_then_level])
rev = sorted(records, key=lambda r: r[2], reverse=True)
print([r[0] for r in rev])
items = [(k % 3, k) for k in range(15)]
items.sort(key=lambda p: p[0])
print(items)
items.sort(key=lambda p: p[0], reverse=True)
print(items)
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
equal = [[0, i] for i in range(10)]
equal.sort(key=lambda x: x[0])
print([e[1] for e in equal])
equal.sort(key=lambda x: x[0], reverse=True)
print([e[1] for e in equal])
big = [((i * 37) % 10, i) for i in range(50)]
s1 = sorted(big, key=lambda p: p[0])
ok = all(s1[i][0] < s1[i + 1][0] or (s1[i][0] == s1[i + 1][0] and s1[i][1] < s1[i + 1][1]) for i in range(49))
print("stable:", ok)
