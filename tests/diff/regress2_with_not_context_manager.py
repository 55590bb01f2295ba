# 'with' on an object lacking __enter__/__exit__ raises TypeError (3.11), not AttributeError
class OnlyEnter:
    def __enter__(self): return self
class OnlyExit:
    def __exit__(self, *a): pass
for obj in [OnlyEnter(), OnlyExit(), 5]:
    try:
        with obj:
            print("body")
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
with [1]:
    pass
