# str: splitlines with different line endings and keepends
tests = ["a\nb\nc", "a\nb\n", "a\r\nb\rc\n", "", "\n", "\n\n", "no newline", "x\r\n\r\ny",
         "form\x0cfeed\x0bvt", "trail\n\n\n"]
for s in tests:
    print(repr(s), s.splitlines(), s.splitlines(True))
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a\nb\n".splitlines())
text = """first line
  second line

fourth after blank"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line))
print(len(text.splitlines()), [len(l) for l in text.splitlines(keepends=True)])
poem = "Roses are red,\r\nViolets are blue;\rSugar is sweet,\nAnd so are you.\n"
for i, line in enumerate(poem.splitlines()):
    print(i, repr(line), line.split()[-1])
print(len(poem.splitlines()), len(poem.splitlines(True)), sum(len(l) for l in poem.splitlines(True)) == len(poem))
print("".join(poem.splitlines(True)) == poem, "\n".join(poem.splitlines()))
print("no\nsplit".split(), "a\n\nb".splitlines(), "a\n\nb".split("\n"))
print("x\ny\n".splitlines(keepends=True), "x\ny".splitlines(keepends=False))
