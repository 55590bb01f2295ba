# builtin: ord, chr, hex, bin, oct on many values including negatives and big ints
for c in "aZ0 ~é€😀":
    print(repr(c), ord(c), hex(ord(c)), bin(ord(c)), oct(ord(c)))
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, -(2 ** 64), 10 ** 25]:
    print(n, hex(n), oct(n), bin(n))
print(chr(97), chr(0x263A), chr(0x10FFFF) == "\U0010ffff", [chr(i) for i in range(65, 71)])
print(int(hex(255), 16), int(oct(8), 8), int(bin(5), 2), int(hex(-4096), 0))
print(hex(True), bin(False), oct(True))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
print("".join(chr(ord(c) ^ 32) for c in "HelloWorld"))
print([hex(x) for x in (2 ** 8, 2 ** 16, 2 ** 32 - 1)], oct(-8), bin(-1))
print(sum(ord(c) for c in "abc"), "".join(chr(c) for c in range(0x3b1, 0x3b6)))
print(hex(ord("😀")), chr(int("1F600", 16)), ord(chr(0x10FFFF)))
