# with: class-based context managers: enter value, exit on normal completion, nested and multiple
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
        self.closed = False
    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.closed = True
        Resource.opened.remove(self.name)
        print("close", self.name)
        return False
with Resource("a") as r:
    print("using", r.name, Resource.opened)
print("closed?", r.closed, Resource.opened)
with Resource("x") as x, Resource("y") as y:
    print("using", x.name, y.name, Resource.opened)
with Resource("outer"):
    with Resource("inner"):
        print("nested", Resource.opened)
    print("after inner", Resource.opened)
res = Resource("no-as")
with res:
    print("inside without as")
print(res.closed)
class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def out(self, text):
        print("    " * self.level + text)
ind = Indent()
ind.out("level 0")
with ind:
    ind.out("level 1")
    with ind:
        ind.out("level 2")
    ind.out("level 1 again")
ind.out("level 0 again")
