# OSError(errno, strerror[, filename]) sets errno/strerror/filename, formats "[Errno N] ...", maps to its subclass
e = OSError(2, "No such file or directory")
print(type(e).__name__, str(e), e.args, e.errno, e.strerror)
e2 = OSError(13, "Permission denied", "/etc/x")
print(type(e2).__name__, str(e2), e2.filename)
print(OSError("plain").errno)
try:
    raise FileNotFoundError(2, "missing", "f.txt")
except OSError as x:
    print(type(x).__name__, x, x.errno, x.filename)
