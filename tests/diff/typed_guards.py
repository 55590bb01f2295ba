# Guarded float code (compiler/mc_types.c): the release profile assumes an
# unknown operand of float arithmetic is a float, checks it, and when the
# check fails continues in the function's generic version with every
# variable intact. Each function below fails its guards at some point.


class Vec:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        return Vec(self.x * k)

    def __rmul__(self, k):
        return Vec(k * self.x)

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    def __radd__(self, other):
        return Vec(other + self.x)

    def __repr__(self):
        return f"Vec({self.x!r})"


def weighted(values, scale):
    total = 0.0
    seen = 0.5
    for v in values:
        total += v * 2.0  # guard on v
        seen = seen * 1.5
        print("step", total, seen)
    return total, seen * scale


def mixed_list():
    # ints, floats, bools, a big int, then an object with __rmul__
    print(weighted([1.5, 2, True, 2.25], 1.0))
    print(weighted([0.5, 10**20, 1.0], 2.0))
    print(weighted([1.0, Vec(3.0), 2.0], 1.0))


def attrs(objs):
    acc = 0.0
    for o in objs:
        acc = acc + o.x * 0.5  # guards on o.x
    return acc


def strings(parts):
    out = 0.0
    try:
        for p in parts:
            out = out + p * 1.0  # a str operand fails the guard, then raises TypeError
    except TypeError as e:
        print("TypeError:", e)
    return out


def late_exit(n):
    a = 1.0
    b = 2.0
    xs = [0.25] * n + ["x"]
    i = 0
    for x in xs:
        a = a * 1.0001
        try:
            b = b + x
        except TypeError as e:
            print("TypeError at", i, e)
        i += 1
    return a, b, i


def comparisons(vals):
    lo = 0.0
    hits = 0
    for v in vals:
        if v * 1.0 > lo:
            hits += 1
            lo = v * 1.0
    return hits, lo


def main():
    mixed_list()
    print(attrs([Vec(1.0), Vec(2.5), Vec(4)]))
    print(attrs([Vec(1.0), Vec(Vec(2.0)), Vec(3.0)]))
    print(strings([1.0, 2.0, "three", 4.0]))
    print(late_exit(5))
    print(comparisons([1.0, 0.5, 3, 2.5, 7.25]))
    try:
        weighted([1.0, None], 1.0)
    except TypeError as e:
        print("TypeError:", e)


main()
