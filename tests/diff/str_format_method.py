# str: str.format with positional, indexed, keyword args and format specs
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"), "{1} {0}".format("world", "hello"))
print("{name} is {age}".format(name="Ann", age=30), "{0} {x}".format(1, x=2))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^11}".format("mid"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}".format(42, 42, 42, 42, 42))
print("{:.2f} {:.0f} {:10.3f}| {:e} {:.3e} {:g} {:g}".format(3.14159, 2.5, 1 / 3, 12345.678, 0.000123, 1e20, 0.0001))
print("{:,} {:_} {:,.2f} {:x} {:X} {:#o} {:b} {:#b}".format(1234567, 1234567, 9876543.21, 255, 255, 8, 5, 5))
print("{:%} {:.1%} {:.0%}".format(0.5, 0.1234, 1))
print("{!r} {!s} {!r:>8}|".format("s", "s", "q"))
print("{{literal}} {}".format("x"), "{{}}".format())
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=3), "{:>{}}|".format("x", 5))
print("{:s}".format("str"), "{}".format(None), "{}".format([1, "a"]), "{}".format((1,)))
print("{:10}|{:10}|".format("text", 42))
print("{:<06}|{:=+8}|{:08.3f}".format(7, 42, -3.14159))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
