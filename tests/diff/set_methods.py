# set: add, remove, discard, pop, clear, copy, membership and error messages
s = {10}
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
s = {1, 2, 3}
s.add(2)
s.add(4)
print(s, len(s))
s.remove(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
s.discard(99)
s.discard(2)
print(s)
c = s.copy()
c.add(50)
print(s, c, c is s)
c.clear()
print(c, len(c), bool(c))
print(3 in s, 2 in s, 2 not in s)
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "apple", "pear", "fig", "apple", "kiwi"]
uniq = set(words)
print(len(uniq), sorted(uniq), "fig" in uniq)
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
t = {(1, 2), (2, 1), (1, 2)}
print(len(t), sorted(t))
n = set("mississippi")
print(sorted(n), len(n))
e = {5}
e |= {6, 7}
e |= {8}
print(e)
e -= {6}
e &= {5, 7, 8, 9}
print(e)
