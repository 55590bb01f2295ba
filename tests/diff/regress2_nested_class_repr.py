# repr of a nested or function-local class (and its instances, and an uncaught nested exception) uses __qualname__
class Outer:
    class Inner:
        pass
    class Err(Exception):
        pass
def make():
    class Local:
        pass
    return Local
print(Outer.Inner, make(), Outer.Err)
print(repr(Outer.Inner()).split(" object")[0], repr(make()()).split(" object")[0])
raise Outer.Err("nested")
