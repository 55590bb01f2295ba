# exc: nested try blocks, exceptions crossing function frames, handler ordering
def level3(x):
    if x == 0:
        raise ZeroDivisionError("level3 zero")
    if x < 0:
        raise ValueError(f"level3 negative {x}")
    return 100 // x
def level2(x):
    try:
        return level3(x)
    except ValueError as e:
        print(" level2 handles", e)
        return -1
    finally:
        print(" level2 finally", x)
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print(" level1 handles", e)
        return 0
for x in (5, -5, 0):
    print("result", level1(x))
def deep(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        deep(n - 1)
    finally:
        print(" unwinding", n)
try:
    deep(3)
except KeyError as e:
    print("caught from depth:", e)
log = []
try:
    try:
        try:
            raise TypeError("t")
        except ValueError:
            log.append("wrong")
        finally:
            log.append("f1")
    except TypeError:
        log.append("caught t")
        raise IndexError("i")
    finally:
        log.append("f2")
except IndexError:
    log.append("caught i")
finally:
    log.append("f3")
print(log)
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e:
            return "recovered from " + str(e)
print(handler_raises())
results = []
for v in ["1", "x", "3", None, "4.5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
print(results)
