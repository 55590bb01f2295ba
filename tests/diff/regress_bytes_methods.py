# bytes methods that mirror str: partition, splitlines, center/ljust/rjust, zfill, title, expandtabs...
b = b"key=value\nline two\r\n"
print(b.partition(b"="), b.rpartition(b"e"), b.splitlines(), b.splitlines(True))
print(b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"-7".zfill(4))
print(b"hello world".title(), b"hello".capitalize(), b"AbC".swapcase(), b"a\tb".expandtabs(4), b"Ab Cd".istitle())
print(b"prefix_x".removeprefix(b"prefix_"), b"x.py".removesuffix(b".py"), b"abc".isascii())
