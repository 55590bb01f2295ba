# op: conditional expressions, nesting and lazy evaluation of branches
def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-5, 0, 3)])
trace = []
def side(v):
    trace.append(v)
    return v
r = side("a") if True else side("b")
print(r, trace)
r = side("a") if False else side("b")
print(r, trace)
x = 7
print("even" if x % 2 == 0 else "odd", (x if x > 5 else 5) * 2, x if x else "none")
y = None
print(y if y is not None else "default", [] if y else [0])
vals = [3, -1, 4, -1, 5, -9]
print([v if v > 0 else 0 for v in vals], [v for v in vals if v > 0])
print(abs(-3) if -3 < 0 else -3, (lambda z: "big" if z > 100 else "small")(150))
def fizz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
print(" ".join(fizz(i) for i in range(1, 21)))
a, b = (1, 2) if x > 0 else (3, 4)
print(a, b)
print((1 if True else 2) + (3 if False else 4))
