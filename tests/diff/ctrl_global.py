# ctrl: global statement, module-level counters, and shadowing rules
counter = 0
name = "module"
def inc():
    global counter
    counter += 1
    return counter
def read_only():
    return counter * 10
def shadow():
    name = "local"
    return name
def make_global():
    global created
    created = "made in function"
for _ in range(3):
    inc()
print(counter, read_only(), shadow(), name)
make_global()
print(created)
def unbound():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
total = []
def append_only():
    total.append(len(total))
for _ in range(4):
    append_only()
print(total)
def multi():
    global counter, name
    counter = -1
    name = "changed"
multi()
print(counter, name)
def outer():
    x = "outer local"
    def inner():
        global x
        x = "global x"
    inner()
    return x
print(outer(), x)
