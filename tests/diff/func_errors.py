# func: TypeError messages for bad calls (missing, extra, duplicate, unexpected arguments)
def f(a, b, c=3):
    return a + b + c
def g(*, k):
    return k
def h():
    return 0
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, a=5),
    lambda: f(1, 2, d=5),
    lambda: g(),
    lambda: g(1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: f(1, b=2, c=3, e=4),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class K:
    def method(self, x):
        return x
k = K()
try:
    k.method()
except TypeError as e:
    print("TypeError:", e)
try:
    k.method(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    K(5)
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
print(f(1, 2), f(1, 2, 0), g(k=7), h())
