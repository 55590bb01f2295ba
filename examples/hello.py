# hello.py — the smallest molt program: `molt run examples/hello.py`
def greet(name):
    return f"Hello, {name}!"


if __name__ == "__main__":
    print(greet("molt"))
    print(f"2**100 = {2**100}")
