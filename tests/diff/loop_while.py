# loop: while loops with complex conditions, counters and sentinel values
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 64, 2 ** 40 * 3))
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(9075), digits(0), digits(2 ** 70))
stack = [1, [2, [3, 4], 5], [6]]
flat = []
work = [stack]
while work:
    item = work.pop()
    if isinstance(item, list):
        work.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
lo, hi = 0, 1000
target = 737
tries = 0
while lo <= hi:
    mid = (lo + hi) // 2
    tries += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("found", mid, "in", tries)
x = 1.0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
print(x)
i, j = 0, 10
while i < j and (i + j) % 7 != 0:
    i += 1
    j -= 1
print(i, j)
