# int.to_bytes / int.from_bytes / float.hex / float.fromhex
print((1024).to_bytes(4, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\x01", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((3.5).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
