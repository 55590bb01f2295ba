# object.__init__ rejects extra arguments passed through super().__init__
class Base:
    def __init__(self, **kw):
        super().__init__(**kw)
try:
    Base(x=1)
    print("no error")
except TypeError as e:
    print("TypeError:", e)
print(type(Base()).__name__)
