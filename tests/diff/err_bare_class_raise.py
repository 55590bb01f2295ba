# err: raising an exception class (not instance) without arguments, uncaught
class Stop(Exception):
    pass
def scan(items):
    for it in items:
        if it < 0:
            raise Stop
        print("scanned", it)
try:
    scan([1, 2, -1, 3])
except Stop as e:
    print("caught bare Stop:", repr(e), e.args, repr(str(e)))
counter = 0
while True:
    counter += 1
    if counter == 4:
        break
print("counter", counter)
class Halt(Exception):
    pass
print("halting")
raise Halt
