# str: split and rsplit with and without separators and maxsplit
tests = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a\tb\nc\r\nd  e",
         "x,y,,z,", ",a,", "a,b,c,d"]
for s in tests:
    print(repr(s), s.split(), s.split(","), s.split(" "))
print("a,b,c,d".split(",", 1), "a,b,c,d".split(",", 2), "a,b,c,d".split(",", 0))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(","))
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), ":::".split("::"))
print("aaa".split("a"), "abcabc".split("bc"), "日本,語".split(","))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a-b-c".split(sep="-"))
print("a b c".split(" ", -1), "x".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
line = "name=alice; age=30; city=paris"
fields = {}
for part in line.split(";"):
    k, v = part.strip().split("=")
    fields[k] = v
print(fields)
print([int(x) for x in "10 20 30 40".split()])
