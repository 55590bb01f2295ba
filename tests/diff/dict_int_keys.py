# dict: int keys including negatives and big ints, float/bool key equivalence, order after many ops
d = {}
for k in [5, -1, 2 ** 70, 0, 3, -(2 ** 65), 10 ** 20]:
    d[k] = str(k)[:6]
print(d)
print(d[2 ** 70], d[-1], 0 in d, 1 in d, d.get(3.0), d.get(True))
for k in list(d):
    if isinstance(k, int) and k < 0:
        del d[k]
print(d)
d[-1] = "back"
print(list(d.keys()))
sq = {i: i * i for i in range(-3, 4)}
print(sq, sum(sq.values()), sorted(sq, key=lambda k: (sq[k], k)))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(120), len(memo), list(memo)[:5], list(memo)[-3:])
m = {}
for i in range(1000):
    m[i % 37] = m.get(i % 37, 0) + i
print(len(m), m[0], m[36], list(m)[:10])
for i in range(0, 37, 2):
    m.pop(i)
for i in range(0, 10, 2):
    m[i] = -i
print(list(m.items())[-7:])
