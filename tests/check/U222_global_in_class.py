# expect: U222 6:5
counter = 0


class A:
    global counter
