# with: __exit__ receives exception type/value, body exceptions vs exit exceptions, return/break inside with
class Watch:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print(f"[{self.tag}] enter")
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print(f"[{self.tag}] exit clean")
        else:
            print(f"[{self.tag}] exit with {et.__name__}: {ev}")
        return False
def work(mode):
    with Watch(mode):
        if mode == "return":
            return "early return"
        if mode == "raise":
            raise ValueError("boom")
        print(f"[{mode}] body done")
    return "normal end"
for m in ["plain", "return", "raise"]:
    try:
        print(work(m))
    except ValueError as e:
        print("caught outside:", e)
for i in range(3):
    with Watch(f"loop{i}"):
        if i == 1:
            break
class FailingExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
try:
    with FailingExit():
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
class FailingEnter:
    def __enter__(self):
        raise ValueError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with FailingEnter():
        print("never runs")
except ValueError as e:
    print("ValueError:", e)
with Watch("nested-outer"):
    try:
        with Watch("nested-inner"):
            raise IndexError("inner problem")
    except IndexError:
        print("handled between")
