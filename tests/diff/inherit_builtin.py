# inherit: subclassing built-in types list, dict and int with extra methods and overrides
class ListWithSum(list):
    def total(self):
        return sum(self)
lw = ListWithSum([1, 2, 3])
lw.append(4)
print(lw, lw.total(), len(lw), isinstance(lw, list))
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
ud = UpperDict()
ud["a"] = 1
ud["b"] = 2
print(ud, ud["A"])
class Stack(list):
    def push(self, v):
        self.append(v)
    def top(self):
        return self[-1]
st = Stack()
st.push(1)
st.push(2)
print(st, st.top(), len(st), st.pop(), st == [1], type(st).__name__)
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
t = Celsius(100)
print(t, t.to_f(), t + 1, isinstance(t, float))
class Even(int):
    def is_even(self):
        return self % 2 == 0
print(Even(4).is_even(), Even(7).is_even(), Even(3) + 4, type(Even(3) + 4).__name__)
