# program: exact rational arithmetic with a Fraction class (operator overloading, gcd, big ints) and matrices
import math

class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction denominator is zero")
        if isinstance(num, Fraction):
            num, den = num.num * 1, num.den * den
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Fraction) else Fraction(x)
    def __add__(self, o):
        if not isinstance(o, (int, Fraction)):
            return NotImplemented
        o = Fraction.of(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Fraction.of(o) - self
    def __mul__(self, o):
        if not isinstance(o, (int, Fraction)):
            return NotImplemented
        o = Fraction.of(o)
        return Fraction(self.num * o.num, self.den * o.den)
    def __rmul__(self, o):
        return self.__mul__(o)
    def __truediv__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Fraction.of(o) / self
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __abs__(self):
        return Fraction(abs(self.num), self.den)
    def __pow__(self, n):
        if n >= 0:
            return Fraction(self.num ** n, self.den ** n)
        return Fraction(self.den ** -n, self.num ** -n)
    def __eq__(self, o):
        if isinstance(o, int):
            o = Fraction(o)
        if not isinstance(o, Fraction):
            return NotImplemented
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = Fraction.of(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den))
    def __bool__(self):
        return self.num != 0
    def value(self):
        return self.num / self.den
    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction.of(x) for x in r] for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])
    @staticmethod
    def identity(n):
        return Matrix([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        return self.rows[ij[0]][ij[1]]
    def __mul__(self, o):
        if isinstance(o, Matrix):
            return Matrix([[sum((self.rows[i][k] * o.rows[k][j] for k in range(self.m)), Fraction(0))
                            for j in range(o.m)] for i in range(self.n)])
        return Matrix([[x * o for x in r] for r in self.rows])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __eq__(self, o):
        return self.rows == o.rows
    def transpose(self):
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])
    def det_and_inverse(self):
        n = self.n
        a = [r[:] + [Fraction(1 if i == j else 0) for j in range(n)] for i, r in enumerate(self.rows)]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col]), None)
            if pivot is None:
                return Fraction(0), None
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            p = a[col][col]
            det = det * p
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det, Matrix([row[n:] for row in a])
    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("  [" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

F = Fraction
a, b = F(1, 3), F(-2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, -a, abs(b), a ** 3, b ** -2)
print(a + 1, 1 + a, 2 - a, a * 3, 3 * a, 1 / a, F(6, -8), F(0, 5), F(10, 5))
print(a < b, b < a, a == F(2, 6), a == 1, F(4, 2) == 2, sorted([F(1, 2), F(1, 3), F(-1, 7), F(5, 4)]))
print((F(1, 3)).value(), (F(22, 7)).value(), bool(F(0, 3)), bool(a), len({F(1, 2), F(2, 4), F(3, 6)}))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
h = sum((F(1, k) for k in range(1, 31)), F(0))
print("H(30) =", h)
print("H(30) ~", h.value())
e_approx = F(0)
fact = 1
for k in range(25):
    if k:
        fact *= k
    e_approx = e_approx + F(1, fact)
print("e ~", e_approx)
print("e ~", e_approx.value(), abs(e_approx.value() - math.e) < 1e-15)
x = F(1)
for i in range(6):
    x = (x + F(2) / x) / 2
    print(f"sqrt(2) newton step {i + 1}: {x}  ({x.value():.17f})")
leibniz = sum((F((-1) ** k, 2 * k + 1) for k in range(20)), F(0))
print("pi/4 partial sum:", leibniz, (leibniz * 4).value())
m = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print("M =")
print(m)
det, inv = m.det_and_inverse()
print("det(M) =", det)
print("inverse(M) =")
print(inv)
print("M * inv == I:", m * inv == Matrix.identity(3), inv * m == Matrix.identity(3))
hilbert = Matrix([[F(1, i + j + 1) for j in range(5)] for i in range(5)])
hdet, hinv = hilbert.det_and_inverse()
print("det(Hilbert5) =", hdet)
print("inverse(Hilbert5) =")
print(hinv)
print("check:", hilbert * hinv == Matrix.identity(5))
sing = Matrix([[1, 2], [2, 4]])
print("singular det and inverse:", sing.det_and_inverse()[0], sing.det_and_inverse()[1])
fibm = Matrix([[1, 1], [1, 0]])
p = Matrix.identity(2)
for i in range(100):
    p = p * fibm
print("fib(100) via matrix power:", p[0, 1])
big = Matrix([[F(10 ** 20 + 1, 3), F(7, 10 ** 15)], [F(-5, 2 ** 70), F(1, 1)]])
bdet, binv = big.det_and_inverse()
print("big det:", bdet)
print("big inverse * big == I:", big * binv == Matrix.identity(2))
t = Matrix([[1, 2, 3], [4, 5, 6]])
print("transpose:")
print(t.transpose())
print("t * t^T:")
print(t * t.transpose())
print("scaled:")
print(t * F(1, 2) + t)


def continued_fraction(fr, limit=12):
    terms = []
    num, den = fr.num, fr.den
    while den and len(terms) < limit:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms


for fr in [F(415, 93), F(-7, 3), h, x, F(355, 113)]:
    print(f"continued fraction of {str(fr)[:30]}: {continued_fraction(fr)}")
