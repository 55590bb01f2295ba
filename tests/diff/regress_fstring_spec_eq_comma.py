# f"{x:=,}" is a format spec ('=' alignment with ','), not an assignment expression
n = -1234567
print(f"{n:=15,}|", f"{n:=,}|", f"{n:=+15,d}|")
