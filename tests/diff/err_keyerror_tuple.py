# err: uncaught KeyError with a tuple key (message shows the tuple repr)
print("grid lookup demo")
print(sorted(k for k in [(2, 1), (1, 2), (0, 0)]))
print({(1, 2): "x"}[(1, 2)], (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
grid = {}
for x in range(3):
    for y in range(3):
        if (x + y) % 2 == 0:
            grid[(x, y)] = x * 10 + y
print(len(grid), sorted(grid))
for key in [(0, 0), (1, 1), (2, 2), (0, 2)]:
    print(key, grid[key])
print((1, 0) in grid, grid.get((1, 0), "absent"))
try:
    grid[(5, 5)]
except KeyError as e:
    print("caught", repr(e), e.args)
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[(0, 0)], grid[1, 0])
print(grid[(2, 3)])
