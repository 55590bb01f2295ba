# list: append, extend, insert, remove, pop, clear, index, count, reverse, copy
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.extend((7,)); print(a)
a.insert(0, "first"); print(a)
a.insert(-1, "beforelast"); print(a)
a.insert(100, "end"); print(a)
a.insert(-100, "start"); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2)); print(a)
print(a.index(5), a.index("a"), a.count(1), a.count("zz"), a.count(4))
b = a.copy()
b.reverse()
print(a, b, a is b, a == b[::-1])
a.clear(); print(a, len(a), b)
c = [1, 2, 3, 2, 1]
print(c.index(2), c.index(2, 2), c.index(1, 1), c.index(3, -3, -1))
c += [4]; print(c)
c *= 2; print(c)
x = []
for i in range(5):
    x.append(i * i)
print(x, x.pop(), x)
y = [1, 2]
y.append(y[:])
print(y)
z = [[0] * 3 for _ in range(2)]
z[0][0] = 5
print(z)
w = [[0] * 3] * 2
w[0][0] = 5
print(w)
