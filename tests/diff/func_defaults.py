# func: default arguments, evaluation time of defaults, and mutable default pitfalls
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"), greet("Di", punct="."))
base = 10
def add(x, y=base):
    return x + y
base = 100
print(add(1), add(1, 2))
def append_to(v, target=[]):
    target.append(v)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(v, target=None):
    if target is None:
        target = []
    target.append(v)
    return target
print(append_safe(1), append_safe(2))
def power(b, e=2, mod=None):
    r = b ** e
    return r if mod is None else r % mod
print(power(3), power(3, 3), power(3, 3, 5), power(2, mod=7, e=10))
def counts(calls=[0]):
    calls[0] += 1
    return calls[0]
print(counts(), counts(), counts([10]), counts())
def many(a, b=2, c=3, d=4):
    return (a, b, c, d)
print(many(1), many(1, 5), many(1, d=9), many(a=0, c=-1))
def defaults_are_tuples(t=(1, 2)):
    t += (3,)
    return t
print(defaults_are_tuples(), defaults_are_tuples())
