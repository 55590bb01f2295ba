# expect: U202 2:10
for k in globals():
    print(k)
