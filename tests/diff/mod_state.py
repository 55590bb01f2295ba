# mod: module-level state mutated through functions and seen through several import styles
import _helper_counter
from _helper_counter import increment, reset, history
print("start", _helper_counter.count)
for i in range(1, 4):
    increment(i)
print(_helper_counter.count, _helper_counter.history, history)
reset()
print(_helper_counter.count, history, history is _helper_counter.history)
_helper_counter.count = 100
print(_helper_counter.get(), increment())
from _helper_counter import count
print("snapshot", count)
reset()
for _ in range(4):
    increment(2)
print(_helper_counter.get(), history, len(_helper_counter.history))
_helper_counter.history.append("manual")
print(history[-1], history is _helper_counter.history)
def local_view():
    return _helper_counter.count * 10
print(local_view())
