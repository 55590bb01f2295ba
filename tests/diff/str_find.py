# str: find, rfind, index, rindex-free searching, count and in
s = "abracadabra"
for sub in ["a", "bra", "cad", "z", "", "abracadabra", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.rfind("a", 0, 5), s.find("a", 20))
print(s.count("a", 2), s.count("a", 2, 6), s.count("a", -3), "aaaa".count("aa"))
print(s.index("c"), s.index("bra", 2), s.index("a", -1))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.index("a", 1, 2)
except ValueError as e:
    print("ValueError:", e)
print("".find(""), "".count(""), "abc".count(""), "abc".find("", 3), "abc".find("", 4))
print("日本語日本".find("本"), "日本語日本".rfind("本"), "😀a😀".rfind("😀"))
def all_positions(text, pat):
    out = []
    i = text.find(pat)
    while i != -1:
        out.append(i)
        i = text.find(pat, i + 1)
    return out
print(all_positions(s, "a"), all_positions("aaaa", "aa"), all_positions(s, "q"))
