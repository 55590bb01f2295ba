# class: container classes implementing a stack and a queue with error handling
class Stack:
    def __init__(self):
        self._items = []
    def push(self, v):
        self._items.append(v)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def size(self):
        return len(self._items)
    def __repr__(self):
        return "Stack(" + repr(self._items) + ")"
class Queue:
    def __init__(self, items=None):
        self._in = list(items) if items else []
        self._out = []
    def put(self, v):
        self._in.append(v)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("get from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
s = Stack()
for c in "abc":
    s.push(c)
print(s, s.size(), s.peek(), s.pop(), s.pop(), s)
s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(s.peek())
q = Queue([1, 2])
q.put(3)
print(q.get(), len(q))
q.put(4)
print(q.get(), q.get(), q.get(), len(q))
try:
    q.get()
except IndexError as e:
    print("IndexError:", e)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.peek() != pairs[ch]:
                return False
            st.pop()
    return st.size() == 0
for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))
