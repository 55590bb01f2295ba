# fmt: the format() builtin and str()/repr() of numbers vs specs
vals = [0, 7, -7, 255, 2 ** 40, 3.0, -2.5, 1 / 3, 1e-9, 1e22]
for v in vals:
    print(repr(v), format(v), format(v, ">12"), format(v, "^12"), format(v, "<12") + "|")
for v in [0, 7, -7, 255, 2 ** 40]:
    print(format(v, "d"), format(v, "x"), format(v, "#b"), format(v, ","), format(v, "+08d"))
for v in [3.0, -2.5, 1 / 3, 1e-9, 1e22, 12345.6789]:
    print(format(v, ".3f"), format(v, ".2e"), format(v, "g"), format(v, ".4g"), format(v, "%"))
print(format("s", ""), format("abc", "^7"), format(True), format(None), format([1]))
print(format(1234.5, ",.1f"), format(1234.5, "_.1f"), format(0.5, ".0%"), format(-0.0, "g"))
print(format(1e16, ""), format(1e16, "g"), format(1e16, ".17g"), format(123456789.0, ""))
print(format(0.1, ".17f"), format(0.1, ".25f"), format(2 ** 0.5, ".15g"))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
