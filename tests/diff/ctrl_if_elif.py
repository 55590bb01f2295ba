# ctrl: if/elif/else chains, nested ifs, truthiness of conditions and pass
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
print([grade(s) for s in (100, 90, 89, 75, 60, 59, 0, -5)])
def describe(x):
    if isinstance(x, bool):
        kind = "bool"
    elif isinstance(x, int):
        if x < 0:
            kind = "negative int"
        elif x == 0:
            kind = "zero"
        else:
            kind = "positive int"
    elif isinstance(x, str):
        if x:
            kind = "string"
        else:
            kind = "empty string"
    else:
        pass
        kind = "other"
    return kind
for v in (True, -3, 0, 8, "s", "", None, 2.5, []):
    print(repr(v), describe(v))
for cond in (0, 1, "", "x", [], [0], None, 0.0, {}, {0: 0}, (), range(0), range(1)):
    if cond:
        print("truthy", repr(cond))
    else:
        print("falsy", repr(cond))
x = 15
if x > 10:
    if x > 20:
        print("huge")
    else:
        print("medium")
if x % 3 == 0 and x % 5 == 0: print("fizzbuzz one-liner")
if not x: pass
else: print("else one-liner")
