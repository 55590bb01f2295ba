# str: Unicode special cases: case mapping that changes length, non-ASCII digits, titlecase letters
print("straße".upper(), len("straße".upper()), "ß".lower(), "ß".swapcase())
print("ﬁne".upper(), len("ﬁne".upper()), "ﬁ".isalpha())
print("İ".lower() == "i\u0307", len("İ".lower()))
print("ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ǅ".isupper(), "ǅ".islower())
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
for s in ["١٢٣", "²", "½", "٣x", "߀", "Ⅻ"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum())
print(int("١٢٣"), int("  ٤٥  "), float("١.٥"))
try:
    int("²")
except ValueError as e:
    print("ValueError:", e)
print("\u2028".isspace(), "\xa0".isspace(), "\u3000".isspace(), "\x1f".isspace())
print("a\u2028b".splitlines(), "a\x1cb\x85c".splitlines(), "x\u2029".split())
print(repr("\ud7ff"), repr("\ufeff"), repr("\u0300"), repr("\U000e0001"), repr("\u0378"))
print(len("👨‍👩‍👧"), [hex(ord(c)) for c in "👨‍👩‍👧"], len("🇫🇷"))
print("é".upper(), "É".lower(), "ÿ".upper(), "ŉ".upper(), len("ŉ".upper()))
print("Ⅻ".lower(), "ⓐ".upper(), "ǈ".istitle(), "ﬃ".upper())
print("ß".upper().lower(), "ΣΑΣ".lower()[-1] == "ς", "Σ".lower())
