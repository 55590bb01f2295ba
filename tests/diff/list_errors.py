# list: error messages from bad indexing and methods
a = [1, 2, 3]
try:
    a[3]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-4] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    a.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    a + (4,)
except TypeError as e:
    print("TypeError:", e)
try:
    a * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    del a[5]
except IndexError as e:
    print("IndexError:", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x = [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
print(a, a[-3], a[2], a[10:], a[-10:1])
