# loop: for-else and while-else run only when no break happened
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
k = 5
while k > 0:
    k -= 2
else:
    print("while-else ran, k =", k)
for x in range(3):
    for y in range(3):
        if x * y == 2:
            print("inner break at", x, y)
            break
    else:
        print("inner completed for x =", x)
        continue
    print("outer break after inner break")
    break
count = 0
while count < 3:
    count += 1
    if count == 10:
        break
else:
    print("while finished normally", count)
for ch in "":
    print("never")
else:
    print("empty iterable still runs else")
