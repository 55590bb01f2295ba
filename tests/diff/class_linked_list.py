# class: a linked list class with __len__, __iter__, __getitem__, __contains__, __repr__ and mutation methods
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        if self.head is None:
            self.push_front(v)
            return
        n = self.head
        while n.next:
            n = n.next
        n.next = Node(v)
        self.size += 1
    def remove(self, v):
        prev, n = None, self.head
        while n:
            if n.val == v:
                if prev:
                    prev.next = n.next
                else:
                    self.head = n.next
                self.size -= 1
                return True
            prev, n = n, n.next
        return False
    def reverse(self):
        prev, n = None, self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def __repr__(self):
        return "LL[" + " -> ".join(repr(v) for v in self) + "]"
ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[2], 3 in ll, 9 in ll)
print(ll.remove(2), ll.remove(42), ll.remove(0), ll)
ll.reverse()
print(ll, list(ll), sum(ll), sorted(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), list(empty), bool(empty))
empty.append("x")
print(empty, bool(empty))
