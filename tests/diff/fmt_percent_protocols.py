# fmt: %-formatting of objects that only define __index__ or __int__, and bytes() of a bad __bytes__
class A:
    def __index__(self): return 7
class B:
    def __int__(self): return 8
for o in [A(), B()]:
    for f in ["%d", "%i", "%u", "%x", "%o", "%c", "%5.1f"]:
        try:
            print(f, f % o)
        except TypeError as e:
            print(f, "TypeError", e)
class C:
    def __bytes__(self): return "s"
try:
    bytes(C())
except TypeError as e:
    print(e)
