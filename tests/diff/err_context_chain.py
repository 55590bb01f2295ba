# err: exception raised inside an except block (implicit context chaining), uncaught
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return None
print(lookup({"a": 1}, "a"), lookup({}, "b"))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner handled")
except ValueError as e:
    print("caught:", e, "| context:", repr(e.__context__))
def load(cfg):
    try:
        return cfg["port"]
    except KeyError:
        raise RuntimeError("configuration is missing 'port'")
print("loading")
print(load({"port": 80}))
print(load({}))
