# an explicit keyword (or positional) plus the same key in **mapping raises "got multiple values"
def f(a, **k): return a, k
def g(**k): return k
for bad in [lambda: f(1, **{"a": 2}), lambda: f(a=1, **{"a": 2}), lambda: g(x=1, **{"x": 2}), lambda: g(**{"x": 2}, x=3)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
