# expect: S107 7:5
x = 0


def f():
    print(x)
    global x
    x = 1
