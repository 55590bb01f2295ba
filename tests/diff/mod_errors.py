# mod: exceptions defined in a helper, raised across module boundaries and caught in main
from _helper_errors import HelperError, parse_positive
import _helper_errors
for text in ["12", "abc", "-4", "0", " 7 "]:
    try:
        print("parsed", parse_positive(text))
    except HelperError as e:
        print("HelperError", e.code, e, e.__cause__, e.__suppress_context__)
try:
    _helper_errors.fail_deep(5)
except ValueError as e:
    print("ValueError from helper:", e)
print(isinstance(HelperError(0, "x"), Exception), HelperError is _helper_errors.HelperError)
def wrapped(text):
    try:
        return parse_positive(text)
    except _helper_errors.HelperError as e:
        return f"error code {e.code}"
print([wrapped(t) for t in ["5", "five", "-5", "500"]])
try:
    raise HelperError(9, "raised from main program")
except Exception as e:
    print(type(e).__name__, e.code, e.args)
