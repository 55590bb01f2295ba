# private names (self.__x, self.__m()) are mangled per class, so a subclass does not clobber its base's
class Base:
    def __init__(self):
        self.__secret = "base"
    def run(self):
        return self.__step() + ":" + self.__secret
    def __step(self):
        return "base-step"
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"
    def __step(self):
        return "child-step"
    def mine(self):
        return self.__secret
c = Child()
print(c.run(), c.mine(), c._Base__secret, c._Child__secret)
