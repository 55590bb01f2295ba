# exc: user-defined exception classes with custom __init__, __str__, extra fields, and catching order
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
class AccountLocked(Exception):
    pass
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.locked = False
    def withdraw(self, amt):
        if self.locked:
            raise AccountLocked("account is locked")
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        return self.balance
acct = Account(100)
for amt in [30, 50, 40]:
    try:
        print("left", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| args:", e.args, "| short by", e.needed - e.available)
acct.locked = True
try:
    acct.withdraw(1)
except (InsufficientFunds, AccountLocked) as e:
    print(type(e).__name__, e, repr(e))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, e.args)
try:
    raise WithDefault("custom")
except Exception as e:
    print(e, e.args)
class Empty(Exception):
    pass
e = Empty()
print(repr(e), repr(str(e)), e.args)
e2 = Empty("one")
e3 = Empty("a", 2)
print(str(e2), repr(e2), str(e3), repr(e3))
class Coded(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise Coded(404)
except Coded as c:
    print(c.code, c.args, str(c), repr(c))
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts} failed")
    return f"succeeded on attempt {attempts}"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after:", r)
