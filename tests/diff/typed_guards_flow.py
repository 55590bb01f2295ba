# Guards of the release profile's float code (compiler/mc_types.c) that fail
# inside try/except/finally, with, break/continue and a return crossing a
# finally: the generic version must resume with every variable intact.


class Ctx:
    def __enter__(self):
        return 2.0

    def __exit__(self, a, b, c):
        print("exit", a.__name__ if a else None)
        return True


def in_try(vals):
    s = 0.0
    log = []
    for v in vals:
        try:
            s = s + v
            log.append("ok")
        except TypeError:
            log.append("TE")
            s = s * 2.0
        finally:
            s = s - 0.5
    return s, log


def in_with(vals):
    r = 0.0
    with Ctx() as k:
        for v in vals:
            r = r + v * k
    return r


def return_through_finally(a, b):
    x = a * 2.0
    try:
        return x + 1.0
    finally:
        y = x * b
        print("finally", y)


def loop_exits(vals):
    acc = 0.5
    for v in vals:
        try:
            if v is None:
                continue
            acc = acc / v
            if acc < 0.01:
                break
        except ZeroDivisionError:
            acc = acc * 3.0
        finally:
            acc = acc + 0.125
    else:
        return "no break", acc
    return "break", acc


print(in_try([1.0, 2.0]), in_try([1.0, "x", 2.0]), in_try(["x", 1.0]), in_try([1.0, 2.0, 3]))
print(in_with([1.0, 2.0]), in_with([1.0, "a", 2.0]), in_with([1.0, 2]))
print(return_through_finally(1.0, 2.0), return_through_finally(1.0, 2), return_through_finally(1, True))
print(loop_exits([2.0, None, 0.0, 4]), loop_exits([100.0, 100, 100.0]), loop_exits([2, None, 0]))
