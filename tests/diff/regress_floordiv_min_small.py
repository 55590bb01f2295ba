# -2**47 // -1 (smallest 48-bit immediate divided by -1) must give +2**47
a = -2**47
print(a // -1, -140737488355328 // -1, divmod(a, -1))
b = a
b //= -1
print(b, b == -a)
