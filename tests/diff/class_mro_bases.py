# class: __mro__ and __bases__ under single inheritance (user, exception and builtin classes), func.__module__
class A:
    pass
class B(A):
    pass
class E(KeyError):
    pass
print([c.__name__ for c in B.__mro__], [c.__name__ for c in B.__bases__], [c.__name__ for c in A.__bases__])
print([c.__name__ for c in E.__mro__])
def f(): pass
print(f.__module__, B.__module__)
print(int.__mro__, object.__mro__, object.__bases__)
class Base:
    pass
class Left(Base):
    pass
class Right(Base):
    pass
class Leaf(Left):
    pass
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Left.__subclasses__()], Leaf.__subclasses__())
class MyError(ValueError):
    pass
print(MyError.__subclasses__(), MyError.__mro__[1].__name__)
