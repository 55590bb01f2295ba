# printf-style formatting on bytes (b"..." % args)
print(b"%d-%s" % (5, b"z"))
print(b"%05.1f|%x|%c" % (2.25, 255, 65))
print(b"%(k)s" % {b"k": b"v"})
