# bytes: literals, len, indexing to int, slicing, concatenation, comparison
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(type(b[0]).__name__, type(b[0:1]).__name__, b[0:1])
print(b + b" world", b * 2, b"" == bytes(), bytes(3), bytes([65, 66, 67]))
print(b"abc" < b"abd", b"abc" == b"abc", b"a" != b"b", b"ab" < b"abc")
print(b"ell" in b, 104 in b, 120 in b, b"" in b)
print(list(b), [c for c in b"AZ"], sum(b"abc"))
print(b"\x00\x01\xff", b"\n\t\\", b"'", b'"', b"it's")
print(bytes(range(65, 75)), bytes([0, 127, 128, 255]))
print("héllo".encode(), "日本".encode("utf-8"), len("😀".encode()))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), "x".encode() == b"x")
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"  pad ".strip(), b"abc".upper())
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"hello".hex(), bytes.fromhex("48 69"), str(b"x"), b == b"hello")
print(hash(b"") == hash(b""), bool(b""), bool(b"\x00"))
