# closure: function factories, nested closures over several levels, closure over parameters
def power_factory(exp):
    def power(base):
        return base ** exp
    return power
square = power_factory(2)
cube = power_factory(3)
print(square(7), cube(3), power_factory(10)(2))
def level1(a):
    def level2(b):
        def level3(c):
            return a * 100 + b * 10 + c
        return level3
    return level2
print(level1(1)(2)(3), level1(9)(0)(9))
def make_validator(lo, hi, label):
    def check(v):
        if v < lo:
            return f"{label}: {v} too low"
        if v > hi:
            return f"{label}: {v} too high"
        return f"{label}: {v} ok"
    return check
age = make_validator(0, 150, "age")
pct = make_validator(0, 100, "pct")
print(age(30), age(-1), pct(101), pct(50))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    return {"deposit": deposit, "withdraw": withdraw}
acct = bank(100)
print(acct["deposit"](50), acct["withdraw"](30), acct["withdraw"](500), acct["deposit"](0))
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
print(curry3(lambda a, b, c: a - b - c)(10)(3)(2))
def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
f = fib_gen_closure()
print([f() for _ in range(15)])
