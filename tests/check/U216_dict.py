# expect: U216 5:7
class P:
    def __init__(self):
        self.x = 1
print(P().__dict__)
