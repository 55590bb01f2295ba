# expect: G401 5:14
def total(values):
    t = 0.0
    for v in values:
        t += v * 2.0
    return t
print(total([1.5, 2.5]))
