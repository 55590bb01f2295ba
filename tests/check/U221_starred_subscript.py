# expect: U221 4:12
grid = {(1, 2): "a"}
key = (1, 2)
print(grid[*key])
