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
