# int.to_bytes/from_bytes and float.hex/fromhex over boundary values, both byte orders, signed and unsigned, and errors
vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -32768, 2**63, -(2**63), 2**64 - 1, 12345678901234567890, -98765432109876543210]
for v in vals:
    for n in [0, 1, 2, 8, 9, 16]:
        for order in ["big", "little"]:
            for sg in [False, True]:
                try:
                    b = v.to_bytes(n, order, signed=sg)
                    print(b, int.from_bytes(b, order, signed=sg) == v)
                except (OverflowError, ValueError) as e:
                    print(type(e).__name__, e)
print((5).to_bytes(), (5).to_bytes(length=2, byteorder="little"))
try:
    (5).to_bytes(2, "middle")
except ValueError as e:
    print(e)
import math
fl = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310, math.pi, float("inf"), -float("inf"), 123456.789]
for f in fl:
    h = f.hex()
    print(h, float.fromhex(h) == f or f != f)
for s in ["0x1.8p1", "  -0x1p-2 ", "1.8p1", "0X1P+3", "inf", "-Infinity", "nan", "0x1.fffffffffffffp+1023", "0x1p-1074"]:
    print(s.strip(), float.fromhex(s))
for bad in ["0x1p", "xyz", "", "0x1.8p1q", "0x1p99999"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
