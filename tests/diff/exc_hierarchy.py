# exc: built-in exception hierarchy: catching by base classes LookupError, ArithmeticError, Exception
def trigger(kind):
    if kind == "index":
        [][0]
    elif kind == "key":
        {}[1]
    elif kind == "zero":
        1 // 0
    elif kind == "overflow":
        2.0 ** 5000
    elif kind == "float_zero":
        1.0 % 0
    elif kind == "recursion":
        def r():
            return r()
        r()
    elif kind == "notimpl":
        raise NotImplementedError("todo")
    elif kind == "stop":
        next(iter([]))
    elif kind == "attr":
        (1).nope
    elif kind == "assert":
        assert False, "assertion"
for kind in ["index", "key"]:
    try:
        trigger(kind)
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e)
for kind in ["zero", "overflow", "float_zero"]:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__, e)
for kind in ["recursion", "notimpl"]:
    try:
        trigger(kind)
    except RuntimeError as e:
        print("RuntimeError caught", type(e).__name__, e)
for kind in ["stop", "attr", "assert", "index", "zero"]:
    try:
        trigger(kind)
    except Exception as e:
        print("Exception caught", type(e).__name__, repr(str(e)))
pairs = [(IndexError, LookupError), (KeyError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (StopIteration, Exception), (AssertionError, Exception),
         (ValueError, Exception), (TypeError, Exception), (KeyError, IndexError),
         (AttributeError, Exception), (LookupError, Exception), (Exception, BaseException)]
for sub, base in pairs:
    try:
        raise sub("probe")
    except base:
        print(sub.__name__, "is-a", base.__name__)
    except Exception:
        print(sub.__name__, "is-not-a", base.__name__)
