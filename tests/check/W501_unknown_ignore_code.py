# expect: W501 5:37; W501 6:33
# An unknown code in an ignore comment is reported (a warning, so the exit
# status stays 0 when it is alone); the known code beside it still works.
import sys
x = eval("1")  # molt: ignore[U201, X999]
print(sys.argv)  # molt: ignore[U2]
