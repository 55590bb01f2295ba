# helper module (not a test): a function called directly inside its own module
def f():
    return "original"

def calls_f():
    return f()
