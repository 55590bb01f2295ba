# err: uncaught IndexError from list indexing after some output
def safe_get(seq, i, default=None):
    try:
        return seq[i]
    except IndexError:
        return default
data0 = [1, 2, 3]
print(safe_get(data0, 1), safe_get(data0, 5), safe_get(data0, -3), safe_get(data0, -4, "neg"))
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], matrix[-1][-1])
try:
    matrix[2][0]
except IndexError as e:
    print("caught:", e)
stack = [1]
stack.pop()
print("stack empty:", stack == [])
data = [10, 20, 30]
for i in range(5):
    print("item", i, data[i])
print("never printed")
