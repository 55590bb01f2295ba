# err: uncaught ZeroDivisionError from integer division inside nested calls
print(divmod(17, 5), 17.0 // 5)
def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"error: {e}"
print(safe_ratio(1, 4), safe_ratio(1, 0), safe_ratio(1.0, 0.0))
print(7 // 2, -7 // 2, 7 % -2)
def ratio(a, b):
    return a // b
def compute(values):
    out = []
    for v in values:
        out.append(ratio(100, v))
        print("ratio ok", out[-1])
    return out
print("start")
compute([5, 3, 0, 7])
print("never printed")
