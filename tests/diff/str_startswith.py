# str: startswith and endswith with tuples and start/end bounds
name = "report_2023.csv"
print(name.startswith("report"), name.startswith("Report"), name.endswith(".csv"))
print(name.endswith((".txt", ".csv")), name.startswith(("a", "b")), name.endswith(()))
print(name.startswith("2023", 7), name.startswith("2023", 7, 10), name.endswith("2023", 0, 11))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""), "".endswith("a"))
print("日本語".startswith("日本"), "😀hi".startswith("😀"), "hi😀".endswith("😀"))
print("abc".startswith("abc", -3), "abc".endswith("c", -1), "abc".startswith("b", 1))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.py"]
print([f for f in files if f.endswith(".py")], [f for f in files if f.lower().endswith((".py", ".pyc"))])
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
urls = ["http://a.com", "https://b.org", "ftp://c.net", "mailto:x@y.z", "HTTP://D.COM"]
for u in urls:
    print(u, u.startswith(("http://", "https://")), u.lower().startswith("http"), u.endswith((".com", ".org")))
print("prefix_body_suffix".startswith("body", 7), "prefix_body_suffix".endswith("body", 0, 11))
print("abc".startswith(("x", "ab", "z")), "abc".endswith(("bc",)), "abc".startswith("abcd"))
print([w for w in "apple banana avocado cherry apricot".split() if w.startswith("a") and not w.endswith("o")])
print("😀start".startswith("😀"), "end😀".endswith("d😀"), "ü".startswith("u"))
