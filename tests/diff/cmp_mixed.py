# cmp: comparisons across int, float, bool, str, None and containers; TypeError messages
print(1 == 1.0, 1 == True, 0.0 == False, "1" == 1, None == 0, [] == (), {} == [])
print(1 < 1.5, True < 2, False < True, -0.0 == 0, 2 ** 70 > 1e20, 2 ** 70 < 1e22)
print("abc" == "abc", "a" < "aa", "B" < "a", "" < " ", "é" > "z")
tests = [(1, "a"), ("a", 1), (None, 1), ([1], (1,)), ({1}, 1), (1.5, "x"), ({}, {})]
for a, b in tests:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
for a, b in [(1, None), ("s", None), ([], None)]:
    try:
        print(a >= b)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a > b)
    except TypeError as e:
        print("TypeError:", e)
print(1 != "1", None != None, [1, 2] != [1, 2], (1, "a") == (1, "a"))
print({1, 2} < {1, 2, 3}, {1, 2} > {1}, {1, 2} < {3}, {1} == {1.0})
print(max(3, 3.0), max(3.0, 3), min(True, 1), min(1, True), max("a", "B"))
