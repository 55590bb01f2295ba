# fstr: f-string interpolation of expressions, calls, and literal braces
name = "World"
n = 42
items = [1, 2, 3]
d = {"key": "value", "n": 5}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5} {-n}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {sum(items)}")
print(f"{d['key']} {d['n'] * 2} {d}")
print(f"{{braces}} {{{n}}} {{}}")
print(f"{name.upper()} {name[::-1]} {name.lower().count('o')}")
print(f"{'single quotes inside'} {'x' if n > 100 else 'y'}")
print(f"{3.14159} {1/3} {2**100} {True} {None} {1e20}")
print(f"{n > 40 and 'big' or 'small'} {'yes' if n % 2 == 0 else 'no'}")
print(f"{[x * x for x in range(5)]} {tuple(range(3))}")
x, y = 3, 4
print(f"{x}+{y}={x + y}", f"{x}*{y}={x * y}", f"{(x ** 2 + y ** 2) ** 0.5}")
print(f"a" f"b" f"{n}" "plain")
s = f"""multi
{name}
line"""
print(s)
def greet(who):
    return f"hi {who}"
print(f"{greet('bob')}|{greet(name)}")
print(f"{'日本'} {'😀' * 3} {len('日本')}")
