# fmt: % formatting with tuple arguments, single values and reports
point = (3, -4)
print("(%d, %d)" % point)
print("%s" % (point,), "%r" % (point,))
name, score, ratio = "ann", 93, 0.9312
print("%s scored %d (%.1f%%)" % (name, score, ratio * 100))
print("%-6s|%6s|" % ("ab", "cd"), "%5.2f%%" % 12.345)
print("%o %x %e" % (64, 64, 64))
print("%s" % [1, 2], "%s" % {"a": 1}, "%d items" % len([1, 2, 3]))
data = [("north", 1200, 0.125), ("south", 875, 0.0625), ("east", 10234, 0.5), ("west", 0, 0.0)]
print("%-8s %8s %8s" % ("region", "sales", "share"))
total = 0
for region, sales, share in data:
    print("%-8s %8d %7.2f%%" % (region, sales, share * 100))
    total += sales
print("%-8s %8d" % ("total", total))
print("%5s|%-5s|%5d|%-5d|%05.1f" % ("x", "y", 7, 7, 2.25))
print("%.3e|%10.2e|%-12.1e|" % (0.000123456, 123456789, -5.5))
print("%x|%X|%o|%x" % (2 ** 70, 3054, 2 ** 20, 0))
print("%d%%" % 100, "%%d", "%s%%s" % "a")
vals = tuple(range(5))
print(("%d-" * len(vals)) % vals)
print("%r|%s" % ("日本", "日本"), "%5s|" % "é")
