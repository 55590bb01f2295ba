# list: sort in place with key and reverse, stability, and sorted() copy
a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
byname = sorted(recs)
byname.sort(key=lambda r: -r[1])
print(byname)
m = [3.5, -1, 2, 0.5, -2.25, 2]
print(sorted(m), sorted(m, key=abs), m)
r = m.sort()
print(r, m)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([], reverse=True))
e = []
e.sort()
print(e, sorted([1]), sorted([True, False, 0, 1]))
big = [(i * 7919) % 101 for i in range(40)]
big.sort()
print(big)
