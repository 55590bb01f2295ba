# bytes: building bytes from ints, iterating, encoding round-trips and simple checksums
data = bytes(range(0, 256, 17))
print(data, len(data))
print([b for b in data][:5], data[3], data[-1], data[2:5], list(data[::5]))
checksum = 0
for b in data:
    checksum = (checksum * 31 + b) % 65521
print("checksum", checksum)
s = "Grüße, 世界! 😀"
enc = s.encode("utf-8")
print(enc, len(s), len(enc))
print(enc.decode("utf-8") == s, enc[:5], enc[2:4].decode(), enc[4:6].decode())
print([len(c.encode()) for c in "aé世😀"])
parts = [b"alpha", b"beta", b"gamma"]
joined = b"|".join(parts)
print(joined, joined.split(b"|"), joined.count(b"a"), joined.find(b"beta"), joined.replace(b"|", b", "))
print(b"abc" + bytes([100, 101]), b"-" * 5, bytes(4) == b"\x00\x00\x00\x00")
print(b"Hello".lower(), b"hello".upper(), b"  x  ".strip(), b"a b  c".split())
print(bytes("ascii", "ascii"), list(b"\t\n\r"), b"\x41\x42" == b"AB")
print(b"abc" < b"abd", b"b" > b"abc", sorted([b"b", b"a", b"ab"]), max(b"hello"))
def xor_bytes(a, key):
    return bytes(x ^ key for x in a)
secret = xor_bytes(b"attack at dawn", 42)
print(secret, xor_bytes(secret, 42))
print(b"hex:" + b"ff".upper(), bytes([65]) * 3)
