# err: uncaught exception raised inside a generator while being consumed
def ok_readings():
    for v in [4, 2, 1]:
        yield 8 / v
print(list(ok_readings()))
def guarded():
    for v in [2, 0, 4]:
        try:
            yield 8 / v
        except ZeroDivisionError:
            yield "skip"
print(list(guarded()))
def counted():
    n = 0
    while n < 3:
        n += 1
        yield n
print(sum(counted()))
def readings():
    for v in [3, 2, 1, 0, -1]:
        yield 12 / v
for r in readings():
    print("reading", r)
