# x += y / x -= y failing with an int operand reports the augmented operator ("+=" / "-="), not "+" / "-"
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
def a1():
    total = 0
    total += {"a": None}.get("a")
def a2():
    x = None; x -= 1
def a3():
    counts = [None]; counts[0] += 1
for f in [a1, a2, a3]: t(f)
n = None
n += 1
