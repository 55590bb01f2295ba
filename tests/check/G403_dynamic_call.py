# expect: G403 5:14
def apply(f, n):
    s = 0
    for i in range(n):
        s += f(i)
    return s
print(apply(abs, 3))
