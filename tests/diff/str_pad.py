# str: zfill, center, ljust, rjust with fill characters and odd widths
for s in ["42", "-42", "+7", "", "abc", "3.14", "-0.5"]:
    print(repr(s.zfill(6)), repr(s.zfill(2)), repr(s.zfill(0)))
for s in ["a", "ab", "abc", "abcd", ""]:
    print("[" + s.center(6) + "]", "[" + s.center(7, "*") + "]", "[" + s.ljust(5, ".") + "]", "[" + s.rjust(5, "-") + "]")
print("[" + "toolong".center(3) + "]", "[" + "x".ljust(0) + "]", "[" + "y".rjust(-5) + "]")
print("日本".center(6, "＊"), "😀".rjust(3, "😀"), "é".ljust(3, "é"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
print("-" * 24)
print("total".ljust(12) + str(sum(r[1] for r in rows)).rjust(4))
for w in range(1, 9):
    print(repr("ab".center(w)), repr("abc".center(w)))
print("|" + "x".center(4) + "|" + "x".center(5) + "|" + "xy".center(5) + "|" + "xy".center(4, "-") + "|")
print("1".zfill(3), "-1".zfill(3), "+1".zfill(3), "x".zfill(3), "-".zfill(3), "".zfill(1))
