# closure: multiple closures sharing the same cell, closures created in loops within functions
def make_account():
    balance = 0
    log = []
    def deposit(x):
        nonlocal balance
        balance += x
        log.append(("dep", x))
    def withdraw(x):
        nonlocal balance
        balance -= x
        log.append(("wd", x))
    def state():
        return balance, list(log)
    return deposit, withdraw, state
dep, wd, st = make_account()
dep(100)
wd(30)
dep(5)
print(st())
dep2, wd2, st2 = make_account()
dep2(1)
print(st(), st2())
def make_handlers():
    handlers = {}
    for name in ["start", "stop", "pause"]:
        def handler(arg, name=name):
            return f"{name}:{arg}"
        handlers[name] = handler
    return handlers
h = make_handlers()
print([h[k]("x") for k in h])
def outer():
    value = "initial"
    def reader():
        return value
    def writer(v):
        nonlocal value
        value = v
    readers = [reader]
    writer("changed")
    return readers[0](), reader()
print(outer())
def generator_closure():
    factor = 2
    gen = (x * factor for x in range(3))
    factor = 10
    return list(gen)
print(generator_closure())
def counter_pair():
    n = [0]
    def bump():
        n[0] += 1
        return n[0]
    return bump, (lambda: n[0])
inc, get = counter_pair()
inc(); inc(); inc()
print(get())
