# builtin: len on every container type and isinstance with tuples of types
class Sized:
    def __len__(self):
        return 42
for obj in ["", "abc", "日本😀", [], [1, [2, 3]], (), (1,), {}, {"a": 1, "b": 2}, set(), {1, 2, 2},
            range(10), range(0, 10, 3), range(5, 0), b"bytes", Sized()]:
    print(type(obj).__name__, len(obj))
d = {"a": 1}
print(len(d.keys()), len(d.values()), len(d.items()))
vals = [0, 0.0, "", [], (), {}, None, True, b""]
kinds = (int, float)
for v in vals:
    print(repr(v), isinstance(v, kinds), isinstance(v, (list, tuple, dict)), isinstance(v, (str, bytes)),
          isinstance(v, (bool,)), isinstance(v, ()))
print(isinstance(3, (str, (int, float))), isinstance("x", (list, (tuple, (str,)))))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
