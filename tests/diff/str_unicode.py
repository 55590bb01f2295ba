# str: Unicode length, indexing and slicing by code point (accents, CJK, emoji)
words = ["café", "naïve", "日本語", "한국어", "😀👍🎉", "aé日😀", "", "Ω≈ç√"]
for w in words:
    print(repr(w), len(w), list(w))
s = "héllo wörld 日本 😀!"
print(len(s), s[1], s[7], s[12], s[15], s[-1], s[-2])
print(s[:5], s[6:11], s[12:14], s[::-1])
print(s[::2], s[1::3], s[-4:], s[100:], s[-100:3])
for i, ch in enumerate("ñ日😀"):
    print(i, ch, ord(ch), hex(ord(ch)))
print("日本" + "語" * 3, "😀" * 4, len("😀" * 4))
print("é" == "é", "日" < "本", "a" < "é" < "日" < "😀")
print(sorted("😀b日aé"))
print("日本語".find("語"), "日本語".index("本"), "😀👍".count("👍"))
print("café".upper(), "ÉCOLE".lower(), "straße".upper())
print(max("héllo"), min("héllo"))
print("x".join(["日", "本", "😀"]))
print("😀" in "hi 😀 there", "日本" in "日本語", "本日" in "日本語")
print(chr(0x1F600), chr(233), chr(26085), ord("€"), chr(8364))
print(len("\u00e9"), len("e\u0301"), "\u00e9" == "e\u0301")
print(repr("tab\there"), repr("nl\n"), repr("quote'"), repr('dq"'), repr("both'\""))
print(repr("\x00\x7f\x80\xff"), repr("\u200b"), repr("é😀"))
