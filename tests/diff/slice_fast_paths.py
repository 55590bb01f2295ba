# slice: a[i:j] without a step, with negative, omitted and huge bounds, on str, list, tuple and user classes
s, u, l, t = "hello world", "héllo wörld", [1, 2, 3, 4, 5], (1, 2, 3)
for a in [None, -100, -3, -1, 0, 2, 5, 100, 2**70, -(2**70)]:
    for b in [None, -100, -2, 0, 3, 100, 2**70]:
        print(repr(s[a:b]), repr(u[a:b]), l[a:b], t[a:b], end=" | ")
    print()
print(t[:] is t, s[:] is s, l[:] is l, l[:] == l)
class Seq:
    def __getitem__(self, k):
        return (k.start, k.stop, k.step)
print(Seq()[1:2], Seq()[:], Seq()["a":])
try:
    print(l["x":2])
except TypeError as e:
    print("TypeError:", e)
b = b"bytes!"
print(b[1:3], range(10)[2:5])
