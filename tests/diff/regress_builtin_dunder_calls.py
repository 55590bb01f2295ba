# explicit special-method calls on builtin objects
it = iter([1, 2])
print(it.__next__(), "abc".__len__(), "ab".__contains__("a"), "ab".__getitem__(1), "a".__add__("b"))
print([1].__eq__([1]), (5).__str__(), "x".__repr__(), int.__add__(2, 3), str.__len__("abcd"))
def g():
    yield 1
print(iter(g()).__iter__() is not None, Exception.__str__(KeyError("k")))
