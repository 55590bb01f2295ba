# expect: G405 5:13
def count(n):
    k = 0
    for i in range(n):
        k = k + i
    return k
print(count(10))
