# inherit: super() through multi-level chains, in classmethods, and calling overridden methods
class A:
    def __init__(self):
        self.log = ["A"]
    def who(self):
        return "A"
    def chain(self):
        return ["A.chain"]
    @classmethod
    def make(cls):
        return cls.__name__ + " made by A"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B.chain"] + super().chain()
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C.chain"] + super().chain()
    @classmethod
    def make(cls):
        return "C wraps: " + super().make()
c = C()
print(c.log, c.who(), c.chain(), C.make(), B.make())
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)
class TimestampLogger(Logger):
    def __init__(self):
        super().__init__()
        self.t = 0
    def log(self, msg):
        self.t += 1
        super().log(f"[{self.t}] {msg}")
tl = TimestampLogger()
tl.log("start")
tl.log("stop")
print(tl.lines)
class Counter:
    def __init__(self, start=0):
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self.value
class DoubleCounter(Counter):
    def inc(self, by=1):
        return super().inc(by * 2)
d = DoubleCounter(10)
print(d.inc(), d.inc(5), d.value)
