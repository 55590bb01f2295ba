# str: indexing, negative indices and slices with steps
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1] == "")
print(s[100:200] == "", s[-100:2], s[5:100], s[3:3] == "", s[7:3] == "")
print(s[::3], s[::-3], s[-1:-11:-1], s[-1:-12:-1])
print(s[0:10:4], s[9:0:-4], s[-2::-3])
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-11])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    print(s["a"])
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[False], s[-True])
e = ""
print(repr(e[:]), repr(e[::-1]), repr(e[5:]))
print("racecar"[::-1] == "racecar", "hello"[::-1])
