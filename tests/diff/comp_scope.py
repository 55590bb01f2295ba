# comp: comprehension scoping: loop variables do not leak, closures capture, class scope
i = "unchanged"
lst = [i for i in range(5)]
print(i, lst)
d = {i: i for i in "ab"}
print(i, d)
s = {i for i in (1, 2)}
print(i, s)
g = list(i * 2 for i in range(3))
print(i, g)
n = 10
print([n + k for k in range(3)], [[n * a + b for b in range(2)] for a in range(2)])
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([f() for f in funcs2])
def in_function(limit):
    base = 100
    return [base + x for x in range(limit) if x < limit - 1]
print(in_function(4))
data = [3, 1, 2]
result = [x for x in data if x > min(data)]
print(result)
outer_list = [[1, 2], [3, 4]]
print([[v * 10 for v in inner] for inner in outer_list], outer_list)
total = 0
for v in [y * y for y in range(4)]:
    total += v
print(total)
class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Holder.doubled)
