# exc: try/except/else/finally flow, multiple except clauses, tuple of exception types
def attempt(kind):
    try:
        print(" try", kind)
        if kind == "value":
            raise ValueError("bad value")
        if kind == "type":
            raise TypeError("bad type")
        if kind == "key":
            {}["missing"]
        if kind == "zero":
            1 / 0
        print(" no exception")
    except ValueError as e:
        print(" except ValueError:", e)
    except (TypeError, KeyError) as e:
        print(" except tuple:", type(e).__name__, e)
    except Exception as e:
        print(" except Exception:", type(e).__name__, e)
    else:
        print(" else clause")
    finally:
        print(" finally clause")
    return "done " + kind
for k in ["none", "value", "type", "key", "zero"]:
    print(attempt(k))
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class raise:", repr(e), e.args, str(e) == "")
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e)
err = None
try:
    raise IndexError("saved")
except IndexError as e:
    err = e
print(type(err).__name__, err)
try:
    x = 1
except:
    print("never")
else:
    print("else with x =", x)
def name_cleared():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    try:
        return e
    except NameError as ne:
        return "NameError: " + str(ne)
    except UnboundLocalError as ue:
        return "UnboundLocalError: " + str(ue)
print(name_cleared())
try:
    raise Exception("multiple", "args", 3)
except Exception as e:
    print(e, e.args, len(e.args))
