# expect: S102 2:4
if x
    pass
