# comp: dict and set comprehensions, inversion, grouping and filtering
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({i: {j: i * j for j in range(3)} for i in range(3)})
print({x % 5 for x in range(20)}, {n * n % 10 for n in range(10)})
print({len(w) for w in words}, sorted({w[-1] for w in words}))
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({k: v for k, v in zip("abc", [1, 2, 3])}, {c: ord(c) for c in "xyz"})
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts)
print({k: k in "aeiou" for k in "hello"})
print(dict(sorted({v: k for k, v in counts.items()}.items())))
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5) if n != 2})
