# exc: finally with return, break and continue; return value overriding; finally always runs
def ret_in_try():
    try:
        return "try"
    finally:
        print(" finally after return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return"
print(finally_swallows())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print(" inner finally")
    finally:
        print(" outer finally")
print(nested_finally())
def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_first())
def counter_return():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print(" n in finally", n)
print(counter_return())
try:
    try:
        raise ValueError("propagates")
    finally:
        print(" cleanup runs")
except ValueError as e:
    print("caught", e)
