# str: isdigit, isalpha, isalnum, isspace, isupper, islower
tests = ["123", "abc", "abc123", "", " ", " \t\n", "ABC", "Abc", "abc ", "12.5", "-1",
         "ÉÈ", "éè", "日本", "A1", "a_b", "HELLO WORLD", "hello world", "123abc!"]
print("s isdigit isalpha isalnum isspace isupper islower")
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
def classify(c):
    if c.isdigit():
        return "D"
    if c.isalpha():
        return "U" if c.isupper() else "L"
    if c.isspace():
        return "_"
    return "?"
print("".join(classify(c) for c in "Hello World 42! Ünïcode"))
print("".isdigit(), "".isalpha(), "".isspace(), "".isupper(), "".islower(), "".isalnum())
print("ABC123".isupper(), "abc123".islower(), "123".isupper(), "A b".isupper(), "a B".islower())
def is_identifier_like(s):
    return bool(s) and (s[0].isalpha() or s[0] == "_") and all(c.isalnum() or c == "_" for c in s)
print([is_identifier_like(s) for s in ["x", "_a1", "1a", "a-b", "", "ñ", "snake_case"]])
