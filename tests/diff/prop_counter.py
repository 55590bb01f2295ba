# prop: properties that log access, deleters not used, chained property access on nested objects
class Engine:
    def __init__(self, hp):
        self._hp = hp
        self.reads = 0
    @property
    def hp(self):
        self.reads += 1
        return self._hp
    @hp.setter
    def hp(self, v):
        print(f"  setting hp {self._hp} -> {v}")
        self._hp = max(0, v)
class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
    @property
    def power_class(self):
        hp = self.engine.hp
        if hp >= 300:
            return "fast"
        if hp >= 150:
            return "normal"
        return "slow"
    @property
    def label(self):
        return f"{self.name} ({self.power_class}, {self.engine.hp}hp)"
cars = [Car("a", 90), Car("b", 200), Car("c", 450)]
for c in cars:
    print(c.label)
cars[0].engine.hp += 100
cars[1].engine.hp = -5
for c in cars:
    print(c.label, c.engine.reads)
class Celsius:
    def __init__(self):
        self._t = 0
    @property
    def kelvin(self):
        return self._t + 273.15
    @kelvin.setter
    def kelvin(self, k):
        self._t = k - 273.15
c = Celsius()
c.kelvin = 300
print(round(c._t, 2), c.kelvin)
c.kelvin -= 50
print(round(c._t, 2), round(c.kelvin, 2))
