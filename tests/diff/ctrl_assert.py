# ctrl: assert passing and failing (caught), with and without messages
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is truthy"
print("passing asserts ok")
def check(v):
    assert v > 0, f"value must be positive, got {v}"
    return v * 2
print(check(5))
try:
    check(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError no message:", repr(str(e)), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert None, 42
except AssertionError as e:
    print(type(e).__name__, e.args[0] + 1)
count = 0
def counted():
    global count
    count += 1
    return "msg"
assert True, counted()
print("message evaluated lazily:", count)
try:
    assert False, counted()
except AssertionError as e:
    print(e, count)
print(isinstance(AssertionError(), Exception))
