# builtin: str(), repr(), bool(), list(), tuple(), dict(), set(), int(), float() conversions
print(str(), str(5), str(-2.5), str(True), str(None), str([1, "a"]), str((1,)), str({"a": [1]}))
print(repr(5), repr("q"), repr([1.0, "x"]), repr({"k": None}), repr((None,)), repr(set()), repr({1}))
print(bool(), bool(0), bool(7), bool(""), bool("0"), bool([]), bool([[]]), bool(0.0), bool(-0.0001))
print(list(), list("ab"), list((1, 2)), list({3: 4}), list(range(3)), list({5}))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple({"k": 1}), tuple(x for x in range(2)))
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"z": 0}, w=1), dict(zip("ab", "cd")))
print(set(), set([1, 1, 2]), set("aaa"), set(range(3)), set({7: 8}), len(set("hello")))
print(int(), int(3.9), int("12"), int(" -4 "), int("ff", 16), int(True), int("1_000"))
print(float(), float(3), float("2.5"), float(" 1e3 "), float("-inf"), float(True))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, list(a) is a, tuple(tuple(a)) == (1, 2))
d = {"k": [1]}
d2 = dict(d)
d2["k"].append(2)
d2["new"] = 0
print(d, d2)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
print(str(b"bytes"), str(3 + 0.5), str(10 ** 20), str(1e20), str(-0.0))
