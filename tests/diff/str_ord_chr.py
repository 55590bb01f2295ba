# str: ord and chr over ASCII, Latin-1, BMP and astral planes
for c in "Aaz09 ~\n":
    print(repr(c), ord(c))
for n in [65, 97, 48, 32, 126, 233, 955, 8364, 20013, 65535, 65536, 128512, 1114111]:
    c = chr(n)
    print(n, ord(c) == n, len(c), repr(c) if n < 1114111 else "max")
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("".join(chr(ord("a") + (ord(c) - ord("a") + 13) % 26) for c in "hello"))
print([ord(c) for c in "日本😀"])
try:
    chr(1114112)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(sum(ord(c) for c in "checksum"))
print(chr(0x41) + chr(0x1F44D) + chr(0xE9))
