# expect: G402 8:14
class P:
    def __init__(self):
        self.x = 1.0
def run(p):
    s = 0.0
    for _ in range(10):
        s += p.x
    return s
print(run(P()))
