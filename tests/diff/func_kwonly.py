# func: keyword-only arguments after * and after *args, with and without defaults
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=443, secure=True), connect(host="c", secure=True))
try:
    connect("d", 8080)
except TypeError as e:
    print("TypeError:", e)
def required(*, key):
    return key * 2
print(required(key=21))
try:
    required()
except TypeError as e:
    print("TypeError:", e)
try:
    required(1)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, *args, flag=False, **kw):
    return a, args, flag, kw
print(mixed(1, 2, 3, flag=True, extra=1), mixed(0))
def clamp(v, *, lo=0, hi=10):
    return max(lo, min(hi, v))
print([clamp(v) for v in (-5, 5, 50)], clamp(50, hi=100), clamp(-5, lo=-3))
