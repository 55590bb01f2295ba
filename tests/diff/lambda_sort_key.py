# lambda: lambdas as sort keys, multi-key sorting and reverse, min/max keys
people = [("ann", 31, "paris"), ("bob", 25, "rome"), ("cy", 31, "oslo"), ("dee", 19, "rome"),
          ("ed", 25, "paris")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print([p[0] for p in sorted(people, key=lambda p: len(p[0]))])
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: (p[1], p[0])))
nums = [15, -3, 8, 0, -22, 7]
print(sorted(nums, key=lambda n: (n % 2, n)), sorted(nums, key=lambda n: -abs(n)))
words = "the Quick brown fox Jumps over THE lazy dog".split()
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
byfirst = {}
for w in words:
    byfirst.setdefault(w[0].lower(), []).append(w)
print(sorted(byfirst.items(), key=lambda kv: (-len(kv[1]), kv[0])))
scores = {"ann": 90, "bob": 72, "cy": 90, "dee": 85}
print(sorted(scores, key=lambda k: scores[k], reverse=True))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
