# expect: S101 3:7
x = 1
y = 1 2
