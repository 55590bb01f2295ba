# class: instance attribute shadowing, methods stored as attributes, bound methods
class Config:
    debug = False
    level = 1
    def show(self):
        return f"debug={self.debug} level={self.level}"
c1 = Config()
c2 = Config()
c1.debug = True
print(c1.show(), c2.show())
Config.level = 5
print(c1.show(), c2.show())
c2.level = 9
Config.level = 7
print(c1.show(), c2.show())
del c2.level
print(c2.show())
bound = c1.show
c1.level = 100
print(bound())
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
counters = [Counter() for _ in range(3)]
incs = [c.inc for c in counters]
for f in incs:
    f()
incs[0]()
print([c.n for c in counters])
c = Counter()
c.inc().inc().inc()
print(c.n)
c.helper = lambda x: x * 2
print(c.helper(21))
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
head = None
for v in range(5):
    head = Node(v, head)
out = []
node = head
while node is not None:
    out.append(node.val)
    node = node.next
print(out)
