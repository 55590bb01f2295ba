# closure: generator expressions inside comprehensions capture the enclosing function's variables
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.m = len(rows[0])

    def mul(self, o):
        return [[sum((self.rows[i][k] * o.rows[k][j] for k in range(self.m)), 0)
                 for j in range(o.m)] for i in range(len(self.rows))]

    def scaled(self, o):
        if isinstance(o, Matrix):
            return self.mul(o)
        return [[x * o for x in r] for r in self.rows]


def weights(xs, scale):
    return [sum(x * scale for _ in range(n)) for n, x in enumerate(xs)]


def nested(limit):
    total = 0
    out = [[total + a * b for b in (c for c in range(limit) if c != a)] for a in range(limit)]
    total = 100
    later = [(lambda: total + a)() for a in range(2)]
    return out, later


a = Matrix([[1, 2], [3, 4]])
print(a.scaled(a), a.scaled(3))
print(weights([1, 2, 3], 10))
print(nested(3))
