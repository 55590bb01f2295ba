# exc: RecursionError from unbounded recursion is catchable and the program continues
def infinite(n):
    return infinite(n + 1) + 1
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual RecursionError:", type(e).__name__, isinstance(e, RuntimeError))
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print(bounded(500))
class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError as e:
    print("method RecursionError:", str(e)[:32])
depth_reached = 0
def probe(n):
    global depth_reached
    depth_reached = n
    probe(n + 1)
try:
    probe(1)
except RecursionError:
    print("probe reached a large depth:", depth_reached > 500)
print("still running:", bounded(100))
