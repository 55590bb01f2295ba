# closure: late binding of loop variables and the default-argument workaround
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
gs = []
for i in range(4):
    gs.append(lambda i=i: i)
print([g() for g in gs])
hs = [lambda: j * 10 for j in range(3)]
print([h() for h in hs])
ks = [(lambda j: lambda: j * 10)(j) for j in range(3)]
print([k() for k in ks])
def outer():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(outer())
def make():
    funcs = []
    for name in ["a", "b", "c"]:
        def f(prefix, name=name):
            return prefix + name
        funcs.append(f)
    return funcs
print([f("-") for f in make()])
def capture_after_loop():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return [f() for f in out]
print(capture_after_loop())
