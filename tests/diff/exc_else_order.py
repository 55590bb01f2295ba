# exc: precise ordering of try/except/else/finally output, exceptions raised in else and except
def run(mode):
    log = []
    try:
        try:
            log.append("try")
            if mode == "raise":
                raise ValueError("body")
        except ValueError:
            log.append("except")
            if mode == "raise":
                pass
        else:
            log.append("else")
            if mode == "else-raises":
                raise KeyError("from else")
        finally:
            log.append("finally")
            if mode == "finally-raises":
                raise IndexError("from finally")
    except (KeyError, IndexError) as e:
        log.append("outer " + type(e).__name__)
    return log
for mode in ["ok", "raise", "else-raises", "finally-raises"]:
    print(mode, run(mode))
def except_raises():
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v")
    finally:
        print(" finally sees pending exception")
try:
    except_raises()
except ValueError as e:
    print("got", repr(e), "context", repr(e.__context__))
def finally_replaces():
    try:
        raise TypeError("original")
    finally:
        raise RuntimeError("replacement")
try:
    finally_replaces()
except RuntimeError as e:
    print("got", repr(e), "context", repr(e.__context__))
def first_matching_handler():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError handler (first match wins)"
    except KeyError:
        return "KeyError handler"
print(first_matching_handler())
