# builtin: input() at EOF (stdin is empty) raises EOFError, which is caught
import sys
print("before input")
try:
    line = input()
    print("got line", repr(line))
except EOFError as e:
    print("EOFError caught", repr(str(e)), e.args)
try:
    value = input("prompt> ")
    print("got", value)
except EOFError:
    print()
    print("EOFError with prompt")
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print("read", len(lines), "lines")
print(isinstance(EOFError(), Exception))
