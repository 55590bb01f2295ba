# exc: OverflowError from float operations and int->float conversions
import math
def show(f):
    try:
        print("ok:", f())
    except OverflowError as e:
        print("OverflowError:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: 1e308 * 10)
show(lambda: 2.0 ** 1024)
show(lambda: 10.0 ** 309)
show(lambda: float(2 ** 1024))
show(lambda: 2 ** 1024 + 0.5)
show(lambda: (2 ** 1024) / 3)
show(lambda: 3 / (2 ** 1024))
show(lambda: int(1e308) > 0)
show(lambda: math.exp(1000))
show(lambda: math.exp(-1000))
show(lambda: math.pow(10, 400))
show(lambda: math.factorial(20))
show(lambda: int(float("-inf")))
show(lambda: math.floor(float("inf")))
show(lambda: round(1e308, -400))
show(lambda: 2 ** 1023 * 2.0)
show(lambda: float(2 ** 1023) * 1.99999)
show(lambda: (2 ** 53 + 1) * 1.0)
print(isinstance(OverflowError(), ArithmeticError))
