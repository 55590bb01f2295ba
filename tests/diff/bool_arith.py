# bool: bools are ints: arithmetic, repr, type and conversions
print(True, False, repr(True), str(False))
print(True + True, True * 10, False - 1, -True, ~False, True / 2, True // 2)
print(True == 1, False == 0, True is True, True is not False)
print(int(True), float(False), str(True + 0), type(True).__name__, type(True + 0).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance(False, bool))
print(sum([True, True, False, True]), max(True, 0), min(False, True))
print(True & True, True | False, True ^ True, type(True | False).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(None), bool(range(0)))
print(not 0, not 1, not None, not [], not "x")
print([1, 2, 3][True], "ab"[False], {True: "yes"}[1])
d = {1: "int", True: "bool"}
print(d, len(d))
print(True > False, sorted([True, False, True, 0, 1]))
print(bool("False"), bool("0"))
x = True
x += 1
print(x, type(x).__name__)
print(hash(True), hash(False), str(2 * True) + "!")
print(f"{True}", f"{True!r}", f"{True:d}", f"{False:>6}|", "%d %s" % (True, False))
