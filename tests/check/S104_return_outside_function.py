# expect: S104 3:1
x = 1
return x
