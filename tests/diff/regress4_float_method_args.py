# Too many arguments to float.hex().
try:
    (1.5).hex(1)
except TypeError as e:
    print(e)
