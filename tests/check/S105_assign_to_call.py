# expect: S105 2:1
f() = 1
