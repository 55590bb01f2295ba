# str: concatenation, repetition, comparison, in, iteration, len and immutability
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0 == "", a * -2 == "", (a + b) * 2)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "abc", "a" != "A")
print("apple" > "Apple", "10" < "9", "b" >= "b", max("abc", "abd", "ab"), min(["b", "a", "c"]))
print("ell" in "hello", "" in "x", "xyz" not in "hello", "H" in "hello")
for ch in "hi!":
    print(ch, end=",")
print()
print(list("abc"), tuple("ab"), sorted("banana"), "".join(sorted("banana")))
print(str(123) + "4", str(1.5) + str(None) + str(True), str([1, 'a']), str((1,)))
t = "immutable"
u = t
t += "!"
print(t, u)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" * 1.5
except TypeError as e:
    print("TypeError:", e)
print("multi" "part" " literal", 'single' + "double", """tri""" + '''ple''')
print(len("a\tb\\n"), "a\tb\\n", r"raw\n" + "x", len(r"\n"))
