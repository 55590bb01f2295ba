# op: augmented assignment for every operator on ints, floats, strings, lists and subscripts
n = 10
n += 5; n -= 3; n *= 4; print(n)
n //= 5; n %= 7; n **= 3; print(n)
n <<= 4; n >>= 2; n &= 0xFF; n |= 0x100; n ^= 0x0F; print(n)
f = 1.5
f += 1; f *= 2; f -= 0.5; f /= 2; f //= 1; f %= 2; f **= 3; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
d["k"] *= 3
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
m[0][1] **= 5
print(m)
counts = [0] * 3
for i in range(10):
    counts[i % 3] += i
print(counts)
class Acc:
    def __init__(self):
        self.total = 0
a = Acc()
for i in range(5):
    a.total += i * i
print(a.total)
big = 1
for i in range(1, 25):
    big *= i
    big <<= 1
print(big)
big >>= 30
big ^= -1
print(big)
