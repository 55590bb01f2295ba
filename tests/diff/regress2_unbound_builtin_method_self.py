# builtin methods called through the type (str.lower, list.append, dict.get, ...) must type-check self, not crash
def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: sorted(["b", "A", 3], key=str.lower))
t(lambda: list(map(str.strip, [" a ", None])))
t(lambda: list.append((), 1))
t(lambda: dict.get([1], 1))
t(lambda: str.join(["a"], "b"))
t(lambda: set.add(frozenset(), 1))
t(lambda: str.upper(b"x"))
t(lambda: list.__contains__((), 1))
t(lambda: str.__contains__(1, "a"))
t(lambda: set.__contains__([], 1))
t(lambda: ValueError.__init__(5, 1))
t(lambda: dict.__len__([]))
