# iter: the iterator protocol used by for, unpacking, in, list(), and modifications during iteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("  __iter__ called")
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
for v in c:
    print(v)
print(list(c))
a, b, d = c
print(a, b, d)
print(2 in c, 7 in c)
print(sum(c), sorted(c), max(c))
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
    print("saw", x)
print(lst)
lst = [1, 2, 3]
count = 0
for x in lst:
    count += 1
    if len(lst) < 6:
        lst.append(x * 10)
print(lst, count)
for i in range(3):
    i = i * 100
    print("i reassigned", i)
n = 0
for n in []:
    pass
print("n unchanged", n)
for k in range(3):
    pass
print("k after loop", k)
