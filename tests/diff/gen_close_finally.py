# gen: close() raises GeneratorExit at the paused yield, so finally blocks and context managers run
def counter(log):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        log.append("cleanup")


log = []
g = counter(log)
print(next(g), next(g), log)
g.close()
print(log, list(g))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def inner(log):
    try:
        yield "a"
        yield "b"
    finally:
        log.append("inner done")


def outer(log):
    try:
        yield from inner(log)
    finally:
        log.append("outer done")


log2 = []
o = outer(log2)
print(next(o))
o.close()
print(log2)
fresh = counter([])
fresh.close()
print(list(fresh))
