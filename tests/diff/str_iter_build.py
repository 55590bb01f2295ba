# str: building strings with loops, lists and join; character statistics
text = "The quick brown fox jumps over the lazy dog. The dog sleeps."
vowels = 0
consonants = 0
others = 0
for ch in text.lower():
    if ch in "aeiou":
        vowels += 1
    elif ch.isalpha():
        consonants += 1
    else:
        others += 1
print(vowels, consonants, others, vowels + consonants + others == len(text))
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    print(ch, counts[ch], "#" * counts[ch])
words = text.replace(".", "").split()
print(len(words), [w for w in words if len(w) > 4])
caps = "".join(w[0].upper() + w[1:] for w in words)
print(caps)
acronym = "".join(w[0] for w in words).upper()
print(acronym)
rev = " ".join(w[::-1] for w in words)
print(rev)
def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
enc = caesar(text, 3)
print(enc)
print(caesar(enc, -3) == text)
