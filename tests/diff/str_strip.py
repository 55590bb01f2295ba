# str: strip, lstrip, rstrip with default whitespace and explicit chars
tests = ["  hi  ", "\t\n hi \r\n", "hi", "", "    ", "\x0b\x0cx\x1c"]
for s in tests:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".strip("ab"), "abc".strip(""))
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".moc"))
print("0001200".lstrip("0"), "0001200".rstrip("0"), "0000".strip("0") == "")
print("--==title==--".strip("-="), "  mixed  ".strip(" m"), "日本日".strip("日"))
print(repr("abc".strip("xyz")), "aaa".lstrip("a") == "", "\u3000wide\u3000".strip())
print("  a b  ".strip().split(" "), "[x]".strip("[]"), "path/to/".rstrip("/"))
lines = ["  alpha\n", "beta  \n", "\tgamma\t\n"]
print([l.strip() for l in lines])
print(repr("x\n\n".rstrip("\n")), repr("  ".lstrip()), "abc".strip(None))
records = ["  id=1  ", "\tid=2\n", "id=3", "   "]
print([r.strip() for r in records if r.strip()])
print([r.strip().split("=")[1] for r in records if "=" in r])
print("***title***".strip("*"), "***title***".lstrip("*"), "***title***".rstrip("*"))
print("xxabcxx".strip("x").strip("a").strip("c"), "mississippi".strip("mis"), "mississippi".rstrip("ip"))
print(repr(" \t\n\r\x0b\x0c ".strip()), repr("\u2003x\u2003".strip()), repr("..!?..".strip(".")))
for s in ["100.00", "0.50", "3.", "10"]:
    print(s, s.rstrip("0").rstrip(".") if "." in s else s)
