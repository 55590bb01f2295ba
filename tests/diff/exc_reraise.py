# exc: bare raise re-raising, raise inside except (implicit chaining), raise X from Y
def reraiser():
    try:
        int("abc")
    except ValueError:
        print(" logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("caught re-raised:", e)
def translate():
    try:
        {}["k"]
    except KeyError as e:
        raise LookupError("translated") from e
try:
    translate()
except LookupError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__,
          "| suppress:", e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
try:
    implicit()
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__,
          "| cause:", e.__cause__)
def from_none():
    try:
        [][1]
    except IndexError:
        raise ValueError("clean") from None
try:
    from_none()
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def reraise_modified():
    try:
        raise ValueError("original")
    except ValueError as e:
        e.args = ("modified",)
        raise
try:
    reraise_modified()
except ValueError as e:
    print("args now", e.args)
def raise_instance_again():
    err = TypeError("stored")
    for i in range(2):
        try:
            raise err
        except TypeError as e:
            print(" attempt", i, e is err)
raise_instance_again()
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise
except IndexError as e:
    print("inner-most re-raised:", repr(e), "context:", repr(e.__context__))
