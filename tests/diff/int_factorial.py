# int: factorial values grow past machine words
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    return 1 if n <= 1 else n * fact_rec(n - 1)

for n in (0, 1, 5, 10, 15, 20, 21, 25, 30):
    print(n, fact(n))
print(fact(30) == fact_rec(30))
f50 = fact(50)
print(f50)
zeros = 0
t = f50
while t % 10 == 0:
    zeros += 1
    t //= 10
print("trailing zeros of 50!:", zeros)
print(fact(30) // fact(28))
print(fact(40) % (2 ** 61 - 1))
print(fact(25) * fact(25))
print(-fact(22))
# binomial coefficients via factorials
def comb(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print([comb(10, k) for k in range(11)])
print(comb(100, 50))
print(comb(64, 32) > 2 ** 60)
