# ctrl: nonlocal rebinding across nested scopes
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2(), c1())
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    m = middle()
    return m, x
print(outer())
def accumulate():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total
    def get():
        return items, total
    return add, get
add, get = accumulate()
for v in (5, 10, -3):
    add(v)
print(get())
def swap_demo():
    a, b = "A", "B"
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    swap()
    swap()
    return a, b
print(swap_demo())
def loop_closure():
    last = None
    def setter(v):
        nonlocal last
        last = v
    for i in range(5):
        setter(i * i)
    return last
print(loop_closure())
