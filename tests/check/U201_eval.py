# expect: U201 2:5
x = eval("1 + 1")
print(x)
