# bench: string building, splitting, joining, searching and formatting
import sys


def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    seed = 7
    parts = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = words[seed % len(words)]
        if seed % 7 == 0:
            w = w.upper()
        parts.append(w)
        if i % 12 == 11:
            parts.append("\n")
    return " ".join(parts)


def process(text):
    lines = text.split("\n")
    total_words = 0
    caps = 0
    longest = ""
    out = []
    for line in lines:
        ws = line.split()
        total_words += len(ws)
        for w in ws:
            if w.isupper():
                caps += 1
            if len(w) > len(longest):
                longest = w
        out.append("-".join(w.lower()[::-1] for w in ws))
    joined = "|".join(out)
    return total_words, caps, longest, joined


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    checksum = 0
    for rep in range(n):
        text = make_text(4000 + rep)
        words, caps, longest, joined = process(text)
        s = ""
        for i in range(200):
            s += f"{i:04d}:{joined[i * 7:i * 7 + 5]};"
        count = joined.count("ahpla") + joined.count("ateb")
        pos = joined.find("atek")
        rep_s = joined.replace("|", "\n").replace("-", " ")
        stripped = [l.strip().title() for l in rep_s.splitlines()]
        pad = "".join(x.center(12, ".")[:12] for x in stripped[:50])
        checksum = (checksum * 131 + words * 7 + caps + len(longest) + count + pos
                    + len(s) + len(pad) + sum(len(x) for x in stripped)) % 1000000007
        for ch in pad[:300]:
            checksum = (checksum * 31 + ord(ch)) % 1000000007
    print("reps", n, "checksum", checksum)


main()
