# exc: AttributeError and NameError messages for objects, classes, modules and builtins
import math
def show(f):
    try:
        r = f()
        print("no error:", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Thing:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
t = Thing()
show(lambda: t.inst)
show(lambda: t.cls_attr)
show(lambda: t.nothing)
show(lambda: Thing.nothing)
show(lambda: (5).real)
show(lambda: (5).nothing)
show(lambda: "s".nothing)
show(lambda: [].push)
show(lambda: {}.append)
show(lambda: None.x)
show(lambda: (1.5).imag)
show(lambda: math.nothing)
show(lambda: undefined_name)
show(lambda: len.x)
def uses_later():
    return later_defined
show(uses_later)
later_defined = "now defined"
show(uses_later)
def unbound_local():
    try:
        y = y + 1
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(unbound_local())
class Slotted:
    def __init__(self):
        self.a = 1
s = Slotted()
s.b = 2
print(s.a, s.b)
try:
    del s.c
except AttributeError as e:
    print("AttributeError:", e)
