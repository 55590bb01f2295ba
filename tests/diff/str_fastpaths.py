# str: inputs that exercise the ASCII and search fast paths of split, join,
# replace, find/count, splitlines, case conversion and predicates, next to
# non-ASCII inputs that must take the general paths
words = ["alpha", "BETA", "gamma", "Delta", "", "x", "épée", "ΣΑΣ", "日本"]
line = " ".join(words)
print(line.split(), line.split(None, 2), line.split(maxsplit=0), len(line.split()))
print("  a\tb\x0bc\x0cd\x1ce\x1df\x1eg\x1fh  ".split())
print("a\u3000b\u00a0c d".split(), "a\u3000b c".split(None, 1))
many = " ".join(str(i) for i in range(100))
parts = many.split()
print(len(parts), parts[:3], parts[31:34], parts[-1], many.split(" ", 40)[-1][:10])
print(len(("x," * 70).split(",")), ("ab" * 50).split("b")[-3:], "a\nb\n".split("\n"))
print(" one ".split(), "one".split()[0] == "one", "".split(), "  ".split(), " x".split(None, 0))
print("a,,b".rsplit(",", 1), " a b c ".rsplit(None, 1), " ".join(many.rsplit(None, 3)[:2]))

# join over generators and other iterables, short and long
print("-".join(w.lower()[::-1] for w in words), "".join(c for c in "abc"))
print(len("|".join(str(i) for i in range(1000))), "+".join(iter(["p", "q"])), ",".join(x for x in []))
print(":".join({"k": 1, "j": 2}), "".join(map(str, range(40))))
try:
    "-".join(x for x in ["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError:", e)

# replace: single characters (all, counted), longer patterns, many matches
text = ("the cat sat on the mat\n" * 30).rstrip("\n")
print(text.replace("\n", "|").replace(" ", "-")[:60], text.replace(" ", "_", 3)[:40])
print(text.replace("a", "A", 0) == text, text.replace("q", "Q") is text, "aaaa".replace("a", "b", 2))
print(text.replace("the", "THE")[-30:], len(text.replace("at", "")), text.count("the"))
r = ("ab" * 300).replace("ab", "xyz")
print(len(r), r[:9], ("ab" * 300).replace("ab", "", 299))
print("ééé".replace("é", "e"), "aéa".replace("a", "b"), "日本日本".replace("本", "x", 1))

# find/count where the first byte of the needle is common or the match is late
hay = "a" * 500 + "ab" + "a" * 100
print(hay.find("ab"), hay.count("aab"), hay.find("aaab"), hay.find("b" * 3), hay.count("a" * 7))
print(hay.rfind("ab"), ("ab" * 100 + "abc").find("abc"), ("xy" * 50).count("xyx"), "abcabc".find("cab"))
print(hay.find("a" * 50 + "b"), ("a" * 300).count("a" * 100), ("ba" * 200).find("bab", 17))
print("é" * 10 + "x", ("é" * 10 + "xé").find("xé"), ("αβ" * 20).count("βα"), "ab" in hay, "ba" in hay)

# splitlines with every kind of line break, around non-ASCII text
lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(lines.splitlines(), lines.splitlines(True), "x\n\ny\n".splitlines(), "é\nü".splitlines())
print(len(("row\n" * 100).splitlines()), "".splitlines(), "\n".splitlines(keepends=True))

# case conversion and predicates on ASCII and non-ASCII
for w in ["Hello, World 42", "ÀbÇ", "straße", "ΣΑΣ ΟΔΟΣ", "", "___"]:
    print(w.upper(), w.lower(), w.title(), w.swapcase(), w.casefold(), w.capitalize())
    print(w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isdigit())
print("ABC1".isupper(), "abc1".islower(), "1".isupper(), "A b".isupper(), "a B".islower())

# short words: every ASCII character at every position of 2..17-byte words
# through case mapping, reversal and slicing, twice (the second time the
# results of equal bytes may be shared)
allchars = "".join(chr(c) for c in range(128))
for rnd in range(2):
    acc = []
    for n in range(0, 18):
        for start in range(0, 128, 7):
            w = (allchars[start:] + allchars)[:n]
            acc.append(w.upper() + "|" + w.lower() + "|" + w.swapcase() + "|" + w[::-1] + "|" + w.title())
            acc.append(w.capitalize() + "|" + w[::-2] + "|" + w[1::-1] + "|" + w[1:-1])
    print(rnd, len(acc), repr("".join(acc)[-200:]))
    print(sum(len(a) for a in acc), sum(ord(c) for a in acc for c in a))
for w in ["ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmnop", "AbCdEfGhIjKlMnOpQ", "@[`{", "Z@a`z{"]:
    print(w[::-1], w.upper(), w.lower(), w.swapcase(), w[::-1][::-1] == w, w.upper().lower() == w.lower())
print([w[::-1] for w in "the quick brown fox jumps over the lazy dog again and again".split()])
print(["x" + "yz"[::-1], "yz"[::-1] == "zy", "Yz".lower() == "yz", "yz".upper()])

# substring search against a naive one: random two-letter haystacks make many
# near-misses for the vectorised first/last-byte filter
def naive_find(h, n):
    for i in range(len(h) - len(n) + 1):
        if h[i:i + len(n)] == n:
            return i
    return -1


seed = 12345
def rnd(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % k


mismatches, total = 0, 0
for trial in range(1500):
    h = "".join("ab"[rnd(2)] for _ in range(rnd(80)))
    n = "".join("ab"[rnd(2)] for _ in range(1 + rnd(6)))
    mismatches += h.find(n) != naive_find(h, n)
    total += h.count(n) + len(h.split(n)) + len(h.replace(n, "X")) + h.rfind(n)
print(mismatches, total)
big = "a" * 3000 + "b" + "a" * 50
for k in [2, 3, 5, 17, 40, 100]:
    nd = "a" * (k - 1) + "b"
    print(k, big.find(nd), big.count(nd), big.find("b" + "a" * k), big.count("a" * k), ("x" + big).find(nd))

# splitlines skipping eight bytes at a time, next to breaks and non-ASCII text
for t in ["abcdefghij\nklmnopqrstuvwxyz", "0123456789abcdef\x1c01234567\x1d", "é" * 9 + "\u2028" + "x" * 9,
          "tab\there and\x85there" * 3, "a" * 8 + "\r\n" + "b" * 7 + "\r" + "c" * 16, "\x1f" * 9 + "\x1e"]:
    print(t.splitlines(), t.splitlines(True))
print("".join(str(i) for i in range(30))[::-1], "é日x"[::-1], ""[::-1], "ab"[::-1], ("xy" * 20)[::-1][:5])
