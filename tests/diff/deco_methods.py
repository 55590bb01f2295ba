# deco: decorating methods with plain function decorators, plus staticmethod/classmethod
def logged(f):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{f.__name__}{args}")
        return f(self, *args)
    return wrapper
def non_negative(f):
    def wrapper(self, amount):
        if amount < 0:
            raise ValueError(f"negative amount: {amount}")
        return f(self, amount)
    return wrapper
class Account:
    rate = 0.05
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    @logged
    @non_negative
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @logged
    def report(self):
        return f"{self.owner}: {self.balance}"
    @staticmethod
    def describe():
        return "a bank account"
    @classmethod
    def with_rate(cls, r):
        cls.rate = r
        return cls("rate-setter")
a = Account("ann")
print(a.deposit(100))
print(a.deposit(25))
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(a.report())
print(Account.describe(), a.describe())
b = Account.with_rate(0.1)
print(b.owner, Account.rate, a.rate)
