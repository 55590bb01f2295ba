# float.as_integer_ratio() of a zero is (0, 1).
print((0.0).as_integer_ratio(), (-0.0).as_integer_ratio(), (0.5).as_integer_ratio())
