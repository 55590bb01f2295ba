# Float code the release profile unboxes (compiler/mc_types.c): every
# shortcut it takes must still print what CPython prints.


def scale(x, k):
    # closed function: parameter types come from the call sites
    return x * k + 0.5


def mixed(a, b):
    # called with ints and floats: the parameters stay boxed
    return a / b


def div_by_zero():
    x = 1.5
    y = 0.0
    try:
        x /= y
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(x / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(7 / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(x % 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(x // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def overflow():
    x = 2.0
    big = 10**400
    try:
        print(x + big)
    except OverflowError as e:
        print("OverflowError:", e)
    y = 1e308
    print(y * 10.0, -y * 10.0, y * 10.0 - y * 10.0)


def nan_and_zero():
    inf = float("inf")
    n = inf - inf
    print(n, n == n, n != n, n < 1.0, n > 1.0, n <= n, n >= n)
    z = -0.0
    print(z, -z, z == 0.0, 0.0 * -1.0, z + 0.0, z - 0.0)
    if n:
        print("nan is truthy")
    if not z:
        print("-0.0 is falsy")


def loops():
    total = 0.0
    for i in range(10):
        total += i * 0.1
    print(total, round(total, 6))
    acc = 1.0
    k = 0
    while acc < 1000.0:
        acc *= 1.5
        k += 1
    print(acc, k)
    t = True
    f = 2.5 + t  # bool operand
    print(f, t + t, t * 3.0, -t)
    h = 3
    h = h / 2  # int first, float later: stays boxed
    print(h)


def unbound(flag):
    if flag:
        v = 1.25
    try:
        print(v * 2.0)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    w = 0.5
    del w
    try:
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def compare_int_float():
    big = 2**53 + 1
    f = float(2**53)
    print(big == f, big > f, f < big, 1 == 1.0, 0.1 + 0.2 == 0.3)


def exc_in_loop():
    x = 0.0
    for d in [2.0, 1.0, 0.0, 4.0]:
        try:
            x += 1.0 / d
        except ZeroDivisionError:
            x -= 100.0
    print(x)


def unpack():
    a, b = 1.5, 2.5
    c, *rest = 3.0, 4.0, 5.0
    print(a * b, c + rest[0], [r * 2.0 for r in rest])


def nan_identity():
    # each computed NaN is its own object; copies of one are the same object
    x = float("nan")
    y = x
    lst = [x]
    print(x is y, lst[0] is x, (x + 1.0) is x, (-x) is x, (+x) is x)
    z = x * 2.0
    w = z
    print(z is w, z is x, w == w, [z].count(z), z in [w])
    inf = 1e308 * 10.0
    n1 = inf - inf
    n2 = inf - inf
    print(n1 is n2, n1 is n1, {n1: 1, n2: 2}.__len__())


def main():
    nan_identity()
    print(scale(2.0, 3.0), scale(1e-3, 4.0))
    print(mixed(7, 2), mixed(7.5, 2), mixed(1, 3.0))
    print(int("12") * 0.5, float("2.5") * 2, len("abc") / 2.0, abs(-2.5) * 2, abs(-3) / 2)
    div_by_zero()
    overflow()
    nan_and_zero()
    loops()
    unbound(False)
    unbound(True)
    compare_int_float()
    exc_in_loop()
    unpack()
    g = 9.81
    print(g * 2, -g, +g, g ** 2, g % 4.0, g // 4.0)


main()
