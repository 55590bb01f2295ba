# sys: sys.argv contents (script name only), sys.maxsize, stdout.write return value
import sys
print(len(sys.argv), type(sys.argv).__name__, sys.argv[1:])
print(isinstance(sys.argv[0], str), len(sys.argv[0]) > 0)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
n = sys.stdout.write("written via sys.stdout.write\n")
print("write returned", n)
n = sys.stdout.write("日本😀\n")
print("unicode write returned", n)
sys.stdout.write("no newline then ")
sys.stdout.write("newline\n")
args = sys.argv[1:]
size = int(args[0]) if args else 10
print("size", size)
def parse_args(argv):
    opts = {"verbose": False, "n": 3}
    rest = []
    for a in argv:
        if a == "-v":
            opts["verbose"] = True
        elif a.startswith("--n="):
            opts["n"] = int(a[4:])
        else:
            rest.append(a)
    return opts, rest
print(parse_args(sys.argv[1:]))
print(parse_args(["-v", "--n=7", "file.txt"]))
