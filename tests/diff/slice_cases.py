# slice: steps, negative indices, out-of-range bounds on lists, tuples, strings
L = list(range(10))
T = tuple(L)
S = "0123456789"
specs = [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None),
         (1, 8, 2), (8, 1, -2), (None, None, -1), (None, None, -3), (-1, -11, -1), (-2, 2, -3),
         (20, None, -1), (None, 20, 1), (-20, 3, None), (5, 5, None), (7, 3, None), (3, 7, -1),
         (0, 10, 4), (None, None, 11), (9, None, -10)]
for a, b, c in specs:
    print((a, b, c), L[a:b:c], T[a:b:c], S[a:b:c])
def ref_slice(seq, a, b, c):
    # reference implementation of slice semantics
    n = len(seq)
    if c > 0:
        lo, hi = 0, n
    else:
        lo, hi = -1, n - 1
    def clamp(x, default):
        if x is None:
            return default
        if x < 0:
            x += n
            return x if x >= lo else lo
        return x if x <= hi else hi
    start = clamp(a, lo if c > 0 else hi)
    stop = clamp(b, hi if c > 0 else lo)
    out = []
    i = start
    while (c > 0 and i < stop) or (c < 0 and i > stop):
        out.append(seq[i])
        i += c
    return out
ok = True
count = 0
for a in list(range(-12, 13, 3)) + [None]:
    for b in list(range(-12, 13, 4)) + [None]:
        for c in (1, 2, -1, -3):
            count += 1
            if L[a:b:c] != ref_slice(L, a, b, c):
                ok = False
                print("mismatch", a, b, c)
print("checked", count, "consistent:", ok)
