# list: nested lists, matrices, aliasing and copies
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[1] for row in grid], [grid[i][i] for i in range(3)])
t = [[grid[r][c] for r in range(3)] for c in range(3)]
print(t)
flat = [x for row in grid for x in row]
print(flat, sum(flat))
shallow = grid[:]
shallow[0][0] = 100
shallow[1] = "replaced"
print(grid)
print(shallow)
deep = [row[:] for row in grid]
deep[0][1] = -1
print(grid[0], deep[0])
alias = grid
alias.append([9, 9, 9])
print(len(grid), grid[-1])
nested = [1, [2, [3, [4, [5]]]]]
def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max([depth(y) for y in x] + [0])
def flatten(x):
    out = []
    for y in x:
        if isinstance(y, list):
            out.extend(flatten(y))
        else:
            out.append(y)
    return out
print(depth(nested), flatten(nested), nested[1][1][1][0])
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref), self_ref[2][2][0])
