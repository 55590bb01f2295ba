# int: str/repr conversions, hex/bin/oct and round trips
nums = [0, 1, -1, 9, 10, 255, -255, 2 ** 31, -(2 ** 31), 2 ** 64 + 5, -(3 ** 50)]
for n in nums:
    print(str(n), repr(n), hex(n), oct(n), bin(n))
for n in nums:
    assert int(str(n)) == n
    assert int(hex(n), 16) == n
    assert int(oct(n), 8) == n
    assert int(bin(n), 2) == n
print("round trips ok")
print(len(str(10 ** 100)), len(str(-(10 ** 100))))
print(str(1_000_000), 0x_ff, 0o_17, 0b_1_0)
print(0xDEADBEEF, 0o777, 0b111111)
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(255, "b"))
print(format(-255, "#X"), format(2 ** 70, "x"))
print(format(1234567, ","), format(-1234567, "_"), format(2 ** 64, ","))
print(format(42, "08d"), format(-42, "08d"), format(42, "+d"), format(42, " d"))
print(format(42, "<6") + "|", format(42, ">6") + "|", format(42, "^6") + "|")
print(str(True + 0), str(False * 5))
print(int("  " + str(-(2 ** 77)) + " "))
print("%d|%5d|%-5d|%05d|%x|%X|%o" % (42, 42, 42, 42, 255, 255, 8))
