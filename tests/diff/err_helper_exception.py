# err: uncaught exception whose class is defined in a helper module (stderr shows module-qualified name)
import _helper_errors
print("module name:", _helper_errors.__name__)
results = []
for text in ["1", "22", "333"]:
    results.append(_helper_errors.parse_positive(text))
    print("parsed", text, "->", results[-1])
try:
    _helper_errors.parse_positive("zero")
except _helper_errors.HelperError as e:
    print("caught first:", e.code, e)
try:
    _helper_errors.fail_deep(3)
except ValueError as e:
    print("caught ValueError:", e)
print("sum so far", sum(results))
print("type name", _helper_errors.HelperError.__name__)
from _helper_errors import parse_positive
print(parse_positive("8"))
print(parse_positive("-3"))
