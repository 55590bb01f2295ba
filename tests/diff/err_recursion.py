# err: uncaught RecursionError from unbounded recursion
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100), depth(500))
def safe(n):
    try:
        return depth(n)
    except RecursionError:
        return "too deep"
print(safe(50), safe(10 ** 6))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(300))
def down(n):
    return down(n + 1) + 1
print("recursing")
down(0)
