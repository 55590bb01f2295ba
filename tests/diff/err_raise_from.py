# err: uncaught exception with explicit cause (raise X from Y)
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("conversion failed") from e
try:
    convert("z")
except TypeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
print(convert("12") + 1)
class ParseError(Exception):
    pass
def parse(s):
    try:
        return float(s)
    except ValueError as e:
        raise ParseError(f"bad number {s!r}") from e
for s in ["1.5", "2e3", "x.y"]:
    print(parse(s))
