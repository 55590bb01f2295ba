# str: upper, lower, title, capitalize, swapcase
tests = ["hello world", "HELLO World", "hello-world o'neil x2y", "", "123abc", "ß and x",
         "ÉCOLE élève", "mIxEd CaSe", "  spaced  out  ", "a1b2 c3"]
for s in tests:
    print(repr(s), s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("hello".capitalize(), "HELLO".capitalize(), "élan".capitalize(), "1st".capitalize())
print("they're bill's friends".title())
print("straße".upper(), "ΑΒΓ".lower(), "αβγ".upper(), "привет".title())
names = ["ada lovelace", "ALAN TURING", "grace HOPPER", "o'brien-smith"]
for n in names:
    print(n.title(), "|", n.capitalize(), "|", n.swapcase().swapcase() == n)
print("".join(c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate("alternating")))
print("MiXeD".lower() == "mixed", "mixed".upper() == "MIXED", "Title Case".title() == "Title Case")
words = "the old man and the sea".split()
print(" ".join(w.capitalize() if len(w) > 3 else w for w in words))
print([s.upper() for s in ["a1", "b-2", "ç", ""]], "ABC".lower().upper())
print("hello world".title().swapcase(), "123".upper(), "".capitalize() == "")
camel = "parseHttpResponseCode"
snake = "".join("_" + c.lower() if c.isupper() else c for c in camel)
print(snake, "".join(w.capitalize() for w in snake.split("_")))
