# func: return values: multiple returns, early return, implicit None, return in loops
def divmod_like(a, b):
    return a // b, a % b
q, r = divmod_like(17, 5)
print(q, r, divmod_like(-17, 5))
def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return None
print(first_negative([3, 4, -1, -5]), first_negative([1, 2]))
def implicit(x):
    if x:
        return "yes"
print(implicit(1), implicit(0))
def bare():
    return
print(bare())
def returns_list():
    return [1, 2, 3]
a = returns_list()
b = returns_list()
a.append(4)
print(a, b, a is b)
def nested_return(x):
    while True:
        while True:
            if x > 5:
                return "big"
            return "small"
print(nested_return(10), nested_return(1))
def classify(n):
    if n < 0:
        return "negative", abs(n)
    elif n == 0:
        return "zero", 0
    return "positive", n
for v in (-3, 0, 9):
    kind, mag = classify(v)
    print(kind, mag)
def chain():
    return chain2() + 1
def chain2():
    return chain3() * 2
def chain3():
    return 20
print(chain())
def gives_func(k):
    return lambda x: x * k
print(gives_func(3)(7), [gives_func(i)(10) for i in range(4)])
def ret_tuple_single():
    return 1,
print(ret_tuple_single(), type(ret_tuple_single()).__name__)
