# func: *args collection, unpacking calls, and combinations with defaults
def total(*nums):
    return sum(nums), len(nums), type(nums).__name__
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def fmt(template, *args, sep=", "):
    return template + ": " + sep.join(str(a) for a in args)
print(fmt("vals", 1, 2, 3), fmt("empty"), fmt("dash", "a", "b", sep="-"))
def maxof(*args):
    best = args[0]
    for a in args[1:]:
        if a > best:
            best = a
    return best
print(maxof(3, 9, 2), maxof(*[5, -1]), maxof("b", "a", "c"))
def apply(f, *args):
    return f(*args)
print(apply(pow, 2, 10), apply(max, 4, 8, 1), apply(len, "four"))
def everything(a, b=0, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))
print(everything(*[1, 2, 3], **{"c": 0, "zz": 1}))
def rec_sum(*xs):
    if not xs:
        return 0
    return xs[0] + rec_sum(*xs[1:])
print(rec_sum(1, 2, 3, 4, 5))
