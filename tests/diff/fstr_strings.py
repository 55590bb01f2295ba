# fstr: string alignment, fill, truncation and nested width/precision fields
s = "abc"
for w in (1, 3, 5, 8):
    print(f"[{s:>{w}}] [{s:<{w}}] [{s:^{w}}] [{s:*^{w}}] [{s:-<{w}}]")
print(f"[{s:^9}] [{s:.2}] [{s:5.1}] [{s:>7.2}] [{'日本':^6}] [{'😀':*>4}]")
for w, p in [(8, 2), (10, 4), (6, 0)]:
    print(f"[{3.14159:{w}.{p}f}] [{2**0.5:>{w}.{p}f}] [{-1.5:<{w}.{p}f}]")
width = 12
fill = "."
for label, val in [("apples", 3), ("bananas", 12), ("kiwis", 105)]:
    print(f"{label:{fill}<{width}}{val:>5}")
align = "^"
print(f"[{'center':{align}{width}}]", f"[{'x':{'>'}{3}}]")
table = [("Name", "Qty", "Price"), ("widget", 4, 3.5), ("gizmo", 10, 12.25)]
print(f"{table[0][0]:<10}{table[0][1]:>5}{table[0][2]:>10}")
for name, qty, price in table[1:]:
    print(f"{name:<10}{qty:>5}{price:>10.2f}")
print(f"{'':->25}")
print(f"{'left':<10}|{'':10}|{'right':>10}")
print(f"{'|'.join(f'{c:^3}' for c in 'abc')}")
