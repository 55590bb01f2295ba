# expect: U218 2:7
buf = bytearray(16)
print(len(buf))
