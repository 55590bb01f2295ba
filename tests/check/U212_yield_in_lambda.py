# expect: U212 2:14
f = lambda: (yield 1)
