# err: sys.exit(3) sets exit status 3 after output; finally blocks run first
import sys
print("exit codes are ints:", isinstance(3, int))
def status_for(ok):
    return 0 if ok else 3
print("status for ok:", status_for(True), "status for failure:", status_for(False))
try:
    sys.exit(4)
except SystemExit as e:
    print("caught exit code", e.code)
results = [n * n for n in range(5)]
print("results", results)
def main():
    print("doing work")
    try:
        sys.exit(3)
    finally:
        print("cleanup in finally")
main()
print("never printed")
