# int: int() from strings with bases, whitespace, underscores and signs
cases = ["42", "  42  ", "-17", "+17", "\t\n 99 \n", "1_000_000", "0", "-0", "007"]
for s in cases:
    print(repr(s), int(s))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("101", 2), int("0b101", 0), int("0o17", 0), int("17", 8), int("z", 36))
print(int("-0x1F", 16), int("  -0b1_0  ", 0))
print(int("123456789012345678901234567890"))
print(int("-999999999999999999999"))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("1" * 30, 2))
bad = ["", " ", "12a", "1__0", "_1", "1_", "0x10", "3.5", "+-1"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
