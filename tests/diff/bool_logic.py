# bool: and/or return operands and short-circuit evaluation
calls = []
def t(name, v):
    calls.append(name)
    return v
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "default", [] or None)
print(None and 1, 1 and None, 0 or "" or [] or "last", 1 and 2 and 3)
print((0 or 0.0) , (False or 0), (True and 0))
r = t("a", 0) and t("b", 1)
print(r, calls)
calls.clear()
r = t("a", 1) or t("b", 1)
print(r, calls)
calls.clear()
r = t("a", 0) or t("b", 0) or t("c", 7)
print(r, calls)
calls.clear()
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3)
print(r, calls)
calls.clear()
r = not t("a", []) and t("b", "x")
print(r, calls)
x = None
name = x or "anon"
print(name)
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(1, 0), safe_div(1, 4))
print([v for v in [0, 1, "", "a", None, [], [0]] if v])
print(1 < 2 and "yes" or "no", 1 > 2 and "yes" or "no")
print(not (1 and 0), (not 1) and 0)
