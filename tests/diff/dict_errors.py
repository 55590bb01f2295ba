# dict: KeyError messages, unhashable keys, and key equality across int/float/bool
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[42]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    d[(1, "t")]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}]
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
try:
    d[""]
except KeyError as e:
    print("KeyError:", e, "|", str(e), "|", e.args)
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, len(m))
m[2.5] = "x"
print(m[2.5], 1 in m, 1.0 in m, True in m, 0 in m)
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == {})
