# assigning a builtin's read-only attribute, or a non-str __name__, raises CPython's error
def t(f):
    try:
        f()
        print("no error")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
def a1(): (1).real = 5
def a2(): (1.5).real = 1
def a3(): t.__name__ = 5
for f in [a1, a2, a3]: t(f)
