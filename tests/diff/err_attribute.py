# err: uncaught AttributeError on a user-defined class instance
class Box:
    def __init__(self):
        self.items = []
b = Box()
b.items.append(1)
print(b.items)
try:
    b.size
except AttributeError as e:
    print("caught:", e)
b.size = 3
print(b.size)
class Robot:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "beep " + self.name
r = Robot("r2")
print(r.greet())
print(r.speak())
