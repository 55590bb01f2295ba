# op: // and % for ints and floats in all sign combinations, and divmod consistency
for a in (7, -7, 7.0, -7.0, 0, 3):
    for b in (2, -2, 2.0, -2.0, 3, -3):
        print(a, b, a // b, a % b)
for a in (1, -1):
    for b in (10 ** 20, -(10 ** 20)):
        print(a // b, a % b)
print(-1 % 3, 1 % -3, -1 % -3, -3 % 3, 3 % -3)
print(-0.5 // 1, 0.5 // -1, -0.5 % 1, 0.5 % -1)
print(5.5 // 2.5, -5.5 // 2.5, 5.5 % 2.5, -5.5 % 2.5)
print((-7) // 2 * 2 + (-7) % 2, 7 // -2 * -2 + 7 % -2)
big = [10 ** 20 + 3, -(10 ** 20 + 3)]
for a in big:
    for b in (7, -7, 7.0, -7.0):
        print(a, b, a // b, a % b)
print(2 ** 0.5 // 0.1, 2 ** 0.5 % 0.1)
print(-1e-20 // 1, -1e-20 % 1, 1e-20 % -1)
for a in range(-4, 5):
    print(a, a // 3, a % 3, a // -3, a % -3, divmod(a, 3))
print(13 // 4, 13 % 4, -13 // 4, -13 % 4, 13 // -4, 13 % -4, -13 // -4, -13 % -4)
