# bytes(obj) uses __bytes__, and "%d" % obj uses __int__ (not __index__)
class Num:
    def __index__(self):
        return 3
    def __int__(self):
        return 1003
    def __bytes__(self):
        return b"BYTES"
print(bytes(Num()), "%d" % Num(), "%x" % Num(), [0, 1, 2, 3][Num()])
