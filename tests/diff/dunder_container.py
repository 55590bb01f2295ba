# dunder: __len__, __getitem__, __setitem__, __contains__, __iter__ on a custom container
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of range")
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __contains__(self, v):
        return v in self.cells
    def __iter__(self):
        for y in range(self.h):
            yield [self[x, y] for x in range(self.w)]
g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
g[1, 1] += 3
print(len(g), g[0, 0], g[2, 1], g[1, 1], 7 in g, 9 in g, 9 not in g)
for row in g:
    print(row)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
print(bool(g), list(g))
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return "slice"
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(5)
print(list(s), s[-1], 9 in s, 10 in s, len(s), s[1:3])
for v in s:
    print(v, end=" ")
print()
print(sorted(s, reverse=True), sum(s), max(s), list(reversed(s)))
a, b, *c = s
print(a, b, c)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), "falsy" if not Empty() else "truthy")
