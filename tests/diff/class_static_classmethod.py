# class: @staticmethod and @classmethod, alternative constructors and class state
class Temperature:
    instances = 0
    def __init__(self, celsius):
        self.celsius = celsius
        Temperature.instances += 1
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def count(cls):
        return cls.instances
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    def __repr__(self):
        return f"Temperature({self.celsius:.1f})"
t1 = Temperature(100)
t2 = Temperature.from_fahrenheit(212)
t3 = t1.from_fahrenheit(32)
print(t1, t2, t3, Temperature.count(), t1.count())
print(Temperature.c_to_f(37), t1.c_to_f(-40))
class Sub(Temperature):
    @classmethod
    def kind(cls):
        return cls.__name__
s = Sub.from_fahrenheit(50)
print(type(s).__name__, s, Sub.kind(), Temperature.instances)
class MathUtil:
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a
    @staticmethod
    def lcm(a, b):
        return a * b // MathUtil.gcd(a, b)
print(MathUtil.gcd(84, 36), MathUtil.lcm(4, 6), MathUtil().gcd(17, 5))
class Registry:
    entries = []
    @classmethod
    def register(cls, name):
        cls.entries.append(name)
        return len(cls.entries)
print(Registry.register("a"), Registry.register("b"), Registry.entries)
