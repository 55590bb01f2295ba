# fmt: printf-style % formatting with every common conversion
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%f|%.2f|%5.2f|%-8.3f|%08.3f|%.0f|%.0f" % (3.14159, 3.14159, 3.14159, 2.5, -2.5, 2.5, 3.5))
print("%x|%X|%#x|%o|%#o|%x" % (255, 255, 255, 8, 8, -255))
print("%e|%.2e|%E|%g|%g|%G" % (12345.678, 0.00012, 1e20, 1e-5, 123456789.0, 1e-10))
print("100%% done, %d%%" % 50)
print("%s and %s" % ("a", "b"), "%s" % "single", "%s" % (("tuple", "inside"),))
print("%s %s %s" % (None, True, [1, 2]), "%r %r" % ("q'", 1.5))
print("[%10s][%-10s][%.3s][%10.2s]" % ("right", "left", "truncate", "ab"))
print("%d" % 3.99, "%s" % 3.99, "%i" % -2.5, "%d" % True, "%d" % (2 ** 80))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for r in rows:
    print("%-8s%5d%10.2f" % r)
