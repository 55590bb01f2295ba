# generator.throw() raises the exception at the paused yield
def worker():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"handled {e}"
g = worker()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("stop"))
except KeyError as e:
    print("propagated", e)
