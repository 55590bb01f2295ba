# expect: S106 2:5
x = 0777
