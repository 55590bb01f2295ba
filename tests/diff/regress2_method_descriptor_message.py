# a non-dunder method of int/float called on the wrong type says "descriptor 'm' for 'int' objects doesn't apply to a 'str' object"
for f in [lambda: int.bit_length("x"), lambda: float.is_integer(1), lambda: int.__add__(1.5, 1)]:
    try:
        f()
    except TypeError as e:
        print(e)
