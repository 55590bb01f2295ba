# fstr: !r !s conversions combined with format specs
s = "text"
q = "it's"
n = 7
f = 2.5
lst = ["a", 1]
print(f"{s!r} {s!s} {s} {q!r} {n!r} {f!r} {lst!r} {lst!s}")
print(f"[{s!r:>10}] [{s!r:<10}] [{s!r:^10}] [{s:>10}]")
print(f"[{n!r:>5}] [{None!r:>6}] [{True!s:<6}] [{f!s:*^9}]")
print(f"{'tab' if n else 'no'!r}")
print(f"{'nl' + chr(10)!r}", f"{'é'!r}", f"{'😀'!r}")
e = ValueError("bad value")
print(f"{e!r} | {e!s} | {e}")
t = (1, "two", 3.0)
print(f"{t} {t!r} {t[1]!r}")
print(f"{str(n)!r} {repr(s)!s} {repr(repr(s))}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s} [{p!r:>6}]")
