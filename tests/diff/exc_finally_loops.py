# exc: finally interacting with break and continue inside loops, including break/continue in finally
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_continue())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded, i=" + str(i)
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            seen.append(i)
            continue
    return seen
print(continue_in_finally())
def while_finally():
    n = 0
    log = []
    while True:
        n += 1
        try:
            if n == 3:
                break
            if n == 1:
                continue
            log.append(n)
        finally:
            log.append("f" + str(n))
    return log
print(while_finally())
def return_in_loop_finally():
    for i in range(5):
        try:
            return i
        finally:
            if i == 0:
                print(" finally on first iteration")
print(return_in_loop_finally())
