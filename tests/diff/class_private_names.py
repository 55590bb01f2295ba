# class: private names (__x) are mangled per class, so a base and a subclass keep separate attributes
class Account:
    def __init__(self, owner):
        self.__owner = owner
        self.__balance = 0

    def deposit(self, n):
        self.__balance += n
        return self.__balance

    def owner(self):
        return self.__owner


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.__balance = rate  # a different attribute: _Savings__balance

    def rate(self):
        return self.__balance


s = Savings("ann", 3)
print(s.deposit(10), s.deposit(5), s.rate(), s.owner())
print(s._Account__balance, s._Savings__balance, s._Account__owner)
print(hasattr(s, "__balance"), hasattr(s, "_Account__balance"))


class _Hidden:
    def __init__(self):
        self.__v = 1
        self.__dunder__ = 2

    def get(self):
        return self.__v


h = _Hidden()
print(h.get(), h._Hidden__v, h.__dunder__)
try:
    print(s.__balance)
except AttributeError as e:
    print("AttributeError:", e)
