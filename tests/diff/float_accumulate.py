# float: accumulated rounding error, compensated summation, and exact comparisons of float sums
vals = [0.1] * 10 + [1e16, 1.0, -1e16] + [1 / 3] * 3
naive = 0.0
for v in vals:
    naive += v
print(naive)
def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
print(kahan(vals), sum(vals))
print(sum([0.1] * 10) == 1.0, kahan([0.1] * 10) == 1.0)
x = 0.0
steps = 0
while x < 1.0:
    x += 0.1
    steps += 1
print(steps, x)
print(1.1 + 2.2, 3.3 * 3, 0.1 * 0.1, 1 - 0.9, 100 * 1.1)
h = 1.0
while 1.0 + h != 1.0:
    h /= 2
print(h, h * 2)
tiny = 5e-324
print(tiny, tiny / 2, tiny * 0.5 == 0.0, 2.2250738585072014e-308 / 2)
acc = 1.0
for i in range(1, 30):
    acc *= i
print(acc, acc / 1e30)
