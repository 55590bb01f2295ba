# slice: slicing strings containing multi-byte characters, and slicing with computed bounds
s = "aé日😀bç本🎉"
n = len(s)
print(n)
for i in range(-n - 1, n + 2, 3):
    print(i, repr(s[i:]), repr(s[:i]), repr(s[i::-1]))
print(s[::2], s[1::2], s[::-1], s[-3:-1], s[2:6:3])
print([s[i:i + 2] for i in range(0, n, 2)])
word = "ñandú"
print(word[0].upper() + word[1:], word[-2:], word[::-1], word[1:-1])
def rotate(t, k):
    k %= len(t)
    return t[k:] + t[:k]
print([rotate("日本語テキスト", k) for k in (0, 1, 3, -2, 10)])
def chunks(t, size):
    return [t[i:i + size] for i in range(0, len(t), size)]
print(chunks("😀😁😂🤣😃😄😅", 3), chunks("", 2), chunks("ab", 5))
print("".join(c for i, c in enumerate(s) if i % 3 == 0))
text = "Ünïcödé"
print(text[::-1], text[1:-1:2], text[-1], text[0].lower(), len(text.encode()))
