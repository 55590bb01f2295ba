# fstr: building an aligned report with f-strings: widths, precision, thousands separators, signs, percent
items = [("Widget", 1234, 2.5), ("Gadget", 56, 120.0), ("Thingamajig", 7, 0.333), ("Doohickey", 100000, 0.01)]
total = sum(q * p for _, q, p in items)
width = max(len(n) for n, _, _ in items) + 2
print(f"{'Item':<{width}}{'Qty':>9}{'Price':>10}{'Value':>13}{'Share':>8}")
print(f"{'':=<{width + 40}}")
for name, qty, price in items:
    value = qty * price
    print(f"{name:<{width}}{qty:>9,}{price:>10.3f}{value:>13,.2f}{value / total:>8.1%}")
print(f"{'':-<{width + 40}}")
print(f"{'TOTAL':<{width}}{sum(q for _, q, _ in items):>9,}{'':>10}{total:>13,.2f}{1:>8.0%}")
deltas = [0.0512, -0.0033, 0.0, -0.25, 1.5]
print(" ".join(f"{d:+.2%}" for d in deltas))
print(" ".join(f"{d:+08.3f}" for d in deltas))
print(" ".join(f"{int(d * 1000):+d}" for d in deltas))
for n in [0, 7, 255, 4096, 65535]:
    print(f"{n:>6d} {n:>#8x} {n:>#10o} {n:>#20b} {n:06X}")
print(f"{3.14159:.0f}|{2.5:.0f}|{1e-3:.2e}|{123456789:.3e}|{-0.000001234:.1e}")
print(f"{'x':>{3}}|{'y':^{5}}|{'z':<{2}}|{42:0{6}d}|{3.14159:.{3}f}")
print(f"{'end':^{width + 40}}")
