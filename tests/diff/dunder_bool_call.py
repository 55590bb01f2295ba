# dunder: __bool__ and __len__ truthiness, __call__ making instances callable
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__", self.on)
        return self.on
f_true, f_false = Flag(True), Flag(False)
if f_true:
    print("true branch")
if not f_false:
    print("not false")
print(bool(f_true), bool(f_false))
print(f_false or "fallback")
print((f_true and "both") )
print([x.on for x in [f_true, f_false] if x])
while Flag(False):
    print("never")
print("ternary:", "yes" if Flag(True) else "no")
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(3)), not Sized(0))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, extra=0):
        self.calls += 1
        return x * self.k + extra
double = Multiplier(2)
print(double(5), double(5, extra=1), double.calls, list(map(double, [1, 2, 3])), double.calls)
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
pipeline = Compose(str, Multiplier(10), abs)
print(repr(pipeline(-4)))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(fib.cache))
