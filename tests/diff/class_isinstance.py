# class: isinstance and type checks with user classes, builtins and tuples of types
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
class Cat(Animal):
    pass
pets = [Animal(), Dog(), Puppy(), Cat()]
for p in pets:
    print(type(p).__name__, isinstance(p, Animal), isinstance(p, Dog), isinstance(p, (Cat, Puppy)),
          type(p) is Dog, type(p) == Animal)
vals = [1, 1.5, "s", True, None, [1], (1,), {1: 1}, {1}, b"b", range(1)]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, (int, float)), isinstance(v, (list, tuple)),
          isinstance(v, str), isinstance(v, object), type(v).__name__)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, type(1) is int)
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, (list, tuple, set, dict)):
        return "container"
    return "other"
print([describe(v) for v in vals])
