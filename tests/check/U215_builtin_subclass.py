# expect: U215 2:14
class MyList(list):
    def total(self):
        return sum(self)
