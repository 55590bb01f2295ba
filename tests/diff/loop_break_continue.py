# loop: break and continue in for and while loops, nested loops
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("for", i)
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    print("while", n)
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print("pair", i, j)
found = None
for row in [[1, 3], [5, 8, 9], [10]]:
    for v in row:
        if v % 2 == 0:
            found = v
            break
    if found is not None:
        break
print("first even", found)
words = ["alpha", "", "beta", "#comment", "gamma", "stop", "delta"]
kept = []
for w in words:
    if not w or w.startswith("#"):
        continue
    if w == "stop":
        break
    kept.append(w.upper())
print(kept)
i = 0
total = 0
while i < 100:
    i += 1
    if i % 7:
        continue
    total += i
print(total)
for c in "hello world":
    if c == " ":
        break
else:
    print("never")
print("c is", repr(c))
