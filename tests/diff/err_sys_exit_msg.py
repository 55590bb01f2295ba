# err: sys.exit("message") prints the message to stderr and exits with status 1
import sys
print("startup")
print("config keys:", sorted({"port": 1, "host": 2}))
print("expected missing from empty: host, port")
for i in range(3):
    print("step", i)
def check_config(cfg):
    missing = [k for k in ("host", "port") if k not in cfg]
    return missing
print("checking", check_config({"host": "h", "port": 1}))
try:
    sys.exit("caught exit message")
except SystemExit as e:
    print("caught SystemExit with code", repr(e.code))
print("missing keys:", check_config({"host": "h"}))
sys.stderr.write("warning: about to exit\n")
print("about to fail")
sys.stdout.write("partial line without newline")
sys.exit("fatal: configuration invalid")
