# err: uncaught user-defined exception class with a message
class Warn(Exception):
    pass
try:
    raise Warn("just a warning")
except Warn as e:
    print("caught:", e, e.args)
print("start of inventory run")
stock_log = []
for item in ["nut", "bolt", "washer"]:
    stock_log.append(item.upper())
print(stock_log)
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item, wanted):
        super().__init__(f"cannot take {wanted} of {item!r}: out of stock")
stock = {"bolt": 3}
def take(item, n):
    if stock.get(item, 0) < n:
        raise OutOfStock(item, n)
    stock[item] -= n
    print("took", n, item, "left", stock[item])
take("bolt", 2)
take("bolt", 2)
