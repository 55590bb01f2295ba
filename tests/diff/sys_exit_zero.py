# sys: sys.exit() with no argument / 0 / None ends the program with status 0; finally blocks still run
import sys
def main():
    print("in main")
    try:
        sys.exit()
    except SystemExit as e:
        print("caught SystemExit", e.code, e.args)
    try:
        sys.exit(0)
    except SystemExit as e:
        print("caught SystemExit", e.code)
    try:
        sys.exit(None)
    except SystemExit as e:
        print("caught SystemExit", e.code)
    try:
        sys.exit(7)
    except SystemExit as e:
        print("caught SystemExit", e.code, isinstance(e, Exception), isinstance(e, BaseException))
    try:
        sys.exit("text")
    except SystemExit as e:
        print("caught SystemExit", repr(e.code))
    try:
        sys.exit(5)
    except Exception:
        print("not reached: SystemExit is not an Exception")
    except BaseException as e:
        print("BaseException catches", type(e).__name__)
try:
    main()
    print("before final exit")
    sys.exit(0)
finally:
    print("finally runs on exit")
print("never printed")
