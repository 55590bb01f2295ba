# err: failing assert with a message is uncaught
def validate(record):
    assert isinstance(record, dict), "record must be a dict"
    assert "id" in record, f"record missing id: {record}"
    return record["id"]
print(validate({"id": 7}))
for bad in [[1], {"name": "x"}]:
    try:
        validate(bad)
    except AssertionError as e:
        print("invalid:", e)
def check_positive(v):
    assert v > 0, f"expected positive, got {v}"
    return v
print([check_positive(v) for v in (1, 2, 3)])
try:
    check_positive(-1)
except AssertionError as e:
    print("caught:", e)
assert True, "never fails"
print("plain assert passed")
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"not sorted: {a} > {b}"
    print("sorted:", xs)
check_sorted([1, 2, 3])
check_sorted([1, 5, 4])
