# a module-level rebinding of a builtin name must not hide the builtin before the assignment or after `del`
print(type(5).__name__)
for type in ["a", "b"]:
    print(type)
def total(xs):
    return sum(xs)
print(total([1, 2]))
sum = 0
print(sum)
del sum
print(total([3, 4]))
