# distinct NaN objects are neither equal nor identical: `in`, sets and dicts keep them apart
a = float("nan")
b = float("nan")
print(a in [a], a in [b], float("nan") in [float("nan")])
print(len({a, b}), len({a, a}), len({float("nan"), float("nan")}), len({a: 1, b: 2}))
