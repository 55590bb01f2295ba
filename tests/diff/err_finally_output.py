# err: uncaught exception after finally blocks print output during unwinding
log = []
try:
    log.append("try")
finally:
    log.append("finally")
print(log)
def guarded():
    try:
        return "value"
    finally:
        print("guarded finally")
print(guarded())
def inner():
    try:
        raise LookupError("deep lookup failed")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
print("start")
outer()
