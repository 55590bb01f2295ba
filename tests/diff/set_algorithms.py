# set: set-based algorithms: sieve, dedup, graph reachability, Jaccard similarity (sorted output)
def sieve(n):
    composite = set()
    primes = []
    for i in range(2, n + 1):
        if i not in composite:
            primes.append(i)
            for j in range(i * i, n + 1, i):
                composite.add(j)
    return primes
print(sieve(60))
edges = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: set(), 6: {2}, 7: {1}}
def reachable(start):
    seen = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in edges.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen
for s in (1, 4, 5, 7):
    print(s, sorted(reachable(s)))
def jaccard(a, b):
    a, b = set(a.split()), set(b.split())
    return len(a & b) / len(a | b)
print(round(jaccard("the cat sat", "the cat ran"), 4), jaccard("a b", "c d"), jaccard("x", "x"))
evens = set(range(0, 30, 2))
threes = set(range(0, 30, 3))
print(sorted(evens & threes), sorted(threes - evens), len(evens ^ threes), len(evens | threes))
print(evens > {0, 2}, {0, 6} < (evens & threes), evens.isdisjoint({1, 3}))
dups = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(set(dups)), len(dups) - len(set(dups)))
seen = set()
repeated = set()
for x in dups:
    (repeated if x in seen else seen).add(x)
print(sorted(repeated))
print({1, 2, 3}, {3, 2, 1} == {1, 2, 3}, {x * 2 for x in range(5)})
