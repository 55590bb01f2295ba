# obj.__dict__, cls.__mro__, cls.__bases__, cls.__subclasses__() and func.__module__
class Animal:
    def __init__(self, name):
        self.name = name
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.tricks = []
d = Dog("rex")
print(d.__dict__)
d.__dict__["age"] = 3
print(d.age, sorted(d.__dict__))
print([c.__name__ for c in Dog.__mro__], [c.__name__ for c in Dog.__bases__], [c.__name__ for c in Animal.__subclasses__()])
def f():
    pass
print(f.__module__, Dog.__module__)
