# a builtin function stored as a class attribute is not bound to the instance (no self passed)
class Logger:
    out = print
    measure = len
    def log(self, msg):
        self.out("LOG:", msg)
        return self.measure(msg)
print(Logger().log("hello"))
class Sorter:
    key = abs
    def sort(self, xs):
        return sorted(xs, key=self.key)
print(Sorter().sort([-3, 1, -2]))
