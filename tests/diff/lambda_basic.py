# lambda: lambda expressions with defaults, varargs, immediate calls and in data structures
sq = lambda x: x * x
add = lambda a, b=10: a + b
va = lambda *a, **k: (a, k)
print(sq(9), add(1), add(1, 2), va(1, 2, z=3))
print((lambda: "called")(), (lambda x, y: x * y)(6, 7))
print(list(map(lambda t: t[0] + t[1], [(1, 2), (3, 4)])))
print(list(filter(lambda w: len(w) > 2, ["a", "abc", "de", "fghi"])))
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda p: p[1]))
print(max(["apple", "fig", "banana"], key=lambda s: len(s)), min([3, -7, 5], key=lambda v: abs(v)))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(5)])
nest = lambda x: (lambda y: x + y)
print(nest(3)(4))
table = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
         "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b}
for op in table:
    print(7, op, -2, "=", table[op](7, -2))
kw = lambda *, k=1: k * 2
print(kw(), kw(k=5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda s: s[::-1])("lambda"), (lambda *xs: sum(xs))(1, 2, 3))
