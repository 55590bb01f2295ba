# err: uncaught ValueError from int() on bad input
def parse_all(strings):
    out = []
    for s in strings:
        try:
            out.append(int(s))
        except ValueError as e:
            print("skipping:", e)
    return out
print(parse_all(["1", "x", " 3 ", "4.0", "-5"]))
print(int("  42  "), int("-0"), int("+7"), int("1_0"))
try:
    float("1,5")
except ValueError as e:
    print("caught:", e)
inputs = ["1", "22", "333", "four"]
total = 0
for s in inputs:
    total += int(s)
    print("total", total)
