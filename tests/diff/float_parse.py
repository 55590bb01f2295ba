# float: float() parsing of strings and conversion from ints
for s in ["1.5", "  -2.25 ", "1e10", "1E-3", "+.5", "5.", "1_000.5", "inf", "-Infinity",
          "nan", "0", "-0", "  3  ", "1e400", "-1e400", "1e-400", "10"]:
    print(repr(s), float(s))
print(float(3), float(-7), float(2 ** 60), float(True), float(10 ** 30))
print(float(2 ** 53 + 1), float(123456789012345678901234567890))
for s in ["", "abc", "1.2.3", "1e", "--1", "1_", "in f"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(str(float("1.10")), repr(float("0.1000")))
print(int(float("1e15")), int(float("-2.9")), int(2.5e9))
