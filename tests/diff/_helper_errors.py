# helper module (not a test): exception classes and a function that raises across module boundary
class HelperError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
def parse_positive(text):
    try:
        v = int(text)
    except ValueError:
        raise HelperError(1, f"not an integer: {text!r}") from None
    if v <= 0:
        raise HelperError(2, f"not positive: {v}")
    return v
def fail_deep(n):
    if n == 0:
        raise ValueError("raised inside helper module")
    return fail_deep(n - 1)
