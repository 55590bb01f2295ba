# str: partition and rpartition
tests = [("key=value", "="), ("a=b=c", "="), ("novalue", "="), ("=start", "="), ("end=", "="),
         ("", "x"), ("a::b::c", "::"), ("日本語", "本")]
for s, sep in tests:
    print(repr(s), s.partition(sep), s.rpartition(sep))
url = "https://example.com/path/to/page.html"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
base, _, ext = path.rpartition(".")
print(scheme, host, path, base, ext)
dirname, sep, fname = path.rpartition("/")
print(dirname, sep, fname)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
config = "name = molt\nversion= 1.0\n# comment\nempty =\nbroken line"
for line in config.splitlines():
    k, sep, v = line.partition("=")
    if not sep:
        print("skip", repr(k))
        continue
    print(repr(k.strip()), repr(v.strip()))
