# unbound dunders of builtin types use the slot of the class they are taken from
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class MyKey(KeyError):
    pass
class MyOS(OSError):
    def __str__(self):
        return "custom"
t(lambda: Exception.__str__(KeyError("k")))
t(lambda: BaseException.__str__(KeyError("k")))
t(lambda: KeyError.__str__(KeyError("k")))
t(lambda: LookupError.__str__(MyKey("k")))
t(lambda: str(MyKey("k")))
t(lambda: KeyError.__str__(MyKey("k")))
t(lambda: Exception.__str__(OSError(2, "x")))
t(lambda: OSError.__str__(FileNotFoundError(2, "x", "f")))
t(lambda: OSError.__str__(MyOS(2, "x")))
t(lambda: str(MyOS(2, "x")))
t(lambda: Exception.__repr__(KeyError("k")))
t(lambda: object.__repr__(5)[:12])
t(lambda: object.__str__(5))
t(lambda: object.__eq__(1, 1))
t(lambda: object.__eq__(1, 2))
t(lambda: object.__lt__(1, 2))
t(lambda: int.__lt__(1, 2))
t(lambda: int.__eq__(1, 1.0))
t(lambda: float.__eq__(1.0, 1))
t(lambda: str.__lt__("a", "b"))
t(lambda: int.__repr__(True))
t(lambda: int.__str__(True))
t(lambda: bool.__repr__(True))
t(lambda: int.__add__(True, True))
t(lambda: int.__hash__(True))
t(lambda: tuple.__len__((1, 2)))
t(lambda: list.__getitem__([1, 2], 1))
t(lambda: dict.__contains__({1: 2}, 1))
t(lambda: str.__add__("a", "b"))
t(lambda: Exception.__str__(5))
t(lambda: int.__lt__("a", 1))
t(lambda: KeyError.__str__(ValueError("v")))
class E(KeyError):
    def __str__(self):
        return "E:" + super().__str__() + ":" + Exception.__str__(self)
t(lambda: str(E("key")))
class V(ValueError):
    def __repr__(self):
        return "V!"
t(lambda: str(V()))
t(lambda: str(V(1, 2)))
t(lambda: object.__str__(V()))
t(lambda: BaseException.__str__(V("v")))
t(lambda: "abc".__len__())
t(lambda: KeyError("k").__str__())
t(lambda: MyKey("k").__str__())
