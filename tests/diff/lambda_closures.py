# lambda: lambdas capturing variables, returning lambdas, lambdas with default args and in dict dispatch
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1), (lambda: lambda: "deep")()())
x = 10
get_x = lambda: x
x = 20
print(get_x())
bound = [lambda i=i: i * i for i in range(4)]
print([f() for f in bound])
compose = lambda *fs: (lambda v: v if not fs else fs[0](compose(*fs[1:])(v)))
print(compose(str, abs, lambda v: v - 10)(3))
dispatch = {
    "sq": lambda v: v * v,
    "neg": lambda v: -v,
    "half": lambda v: v / 2,
    "str": lambda v: f"<{v}>",
}
for op in ["sq", "neg", "half", "str"]:
    print(op, dispatch[op](7))
print(list(map(lambda p: p[0] ** p[1], [(2, 3), (3, 2), (10, 0)])))
Y = lambda f: (lambda g: g(g))(lambda g: f(lambda *a: g(g)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
keyfuncs = [lambda s: s, lambda s: len(s), lambda s: s[-1]]
words = ["kiwi", "fig", "apple", "date"]
print([sorted(words, key=k) for k in keyfuncs])
