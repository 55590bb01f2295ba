# a class body (and its method defaults) inside a function can read the function's locals
def make(n):
    class C:
        val = n * 2
        def get(self, x=n):
            return x + n
    return C
C = make(5)
print(C.val, C().get(), C().get(1))
def counter_class(start):
    def bump(v):
        return v + start
    class K:
        first = bump(1)
    return K
print(counter_class(10).first)
