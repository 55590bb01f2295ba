# func: functions stored in data structures, passed as callbacks, builtins as values
def shout(s):
    return s.upper() + "!"
def whisper(s):
    return s.lower() + "..."
handlers = {"loud": shout, "quiet": whisper}
for mode in ("loud", "quiet"):
    print(mode, handlers[mode]("Hello"))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_"), shout]
val = "  Hello World  "
for step in pipeline:
    val = step(val)
    print(repr(val))
def apply_all(funcs, x):
    return [f(x) for f in funcs]
print(apply_all([abs, str, float, bool, lambda v: v * v], -3))
print(list(map(len, ["a", "bb", "ccc"])), list(map(int, "123")), list(map(pow, [2, 3], [5, 2])))
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
table = [make_multiplier(i) for i in range(1, 4)]
print([f(10) for f in table])
def callback_sum(items, key):
    return sum(key(i) for i in items)
print(callback_sum(["a", "bbb"], len), callback_sum([1, -2, 3], abs))
f = print
f("printing through alias", 1, 2, sep="|")
g = max
print(g([3, 7, 2]), g("abc"), (min)(5, 3))
