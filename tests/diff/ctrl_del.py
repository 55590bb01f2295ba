# ctrl: del of names, list items, slices, dict keys, attributes and resulting errors
a = 1
b = [0, 1, 2, 3, 4, 5, 6, 7]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["y"]
except KeyError as e:
    print("KeyError:", e)
p, q = 1, 2
del p, q
try:
    print(q)
except NameError as e:
    print("NameError:", e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
class O:
    pass
o = O()
o.attr = 5
o.other = 6
del o.attr
try:
    print(o.attr)
except AttributeError as e:
    print("AttributeError:", e)
print(o.other)
def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
c = 5
c = c + 1
del c
c = "rebound"
print(c)
lst = list(range(10))
del lst[:]
print(lst)
