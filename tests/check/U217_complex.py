# expect: U217 2:9
z = 3 + 4j
print(abs(z))
