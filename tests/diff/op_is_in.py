# op: identity (is, is not) and membership (in, not in) across container types
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, True is True)
x = None
print(x is None, x is not None, type(x) is type(None))
e1 = ()
print(e1 == (), len(e1) == 0)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], "a" in "cat", "at" in "cat", "" in "")
print(1 in (1,), 1 in {1: "x"}, "x" in {1: "x"}, 2 in {1, 2}, 2.0 in {1, 2}, True in [1])
print([1] in [[1], [2]], (1, 2) in [(1, 2)], [] in [[]], None in [0, False, ""])
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print("k" in {"k": 1}.keys(), 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items())
nan = float("nan")
print(nan in [nan], nan == nan, [nan].count(nan))
class Box:
    pass
p = Box()
q = Box()
print(p is p, p is q, p in [q, p], q in [p])
def f():
    return None
print(f() is None, f() is not None)
try:
    print(1 in 5)
except TypeError as err:
    print("TypeError:", err)
try:
    print([1] in {1: 2})
except TypeError as err:
    print("TypeError:", err)
try:
    print(1 in "abc")
except TypeError as err:
    print("TypeError:", err)
