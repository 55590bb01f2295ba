# A generator's store into a global must count in the global's type.
g = 1.5

def setter():
    global g
    g = "text"
    yield 1

def reader():
    return g * 2

print(reader())
for _ in setter():
    pass
print(reader())
