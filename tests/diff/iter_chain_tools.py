# iter: hand-written itertools-like helpers built on iter/next and generators
def chain(*its):
    for it in its:
        for x in it:
            yield x
def islice(it, n):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def count(start=0, step=1):
    while True:
        yield start
        start += step
def cycle(seq):
    while True:
        for x in seq:
            yield x
def groupby_sorted(seq, key):
    it = iter(seq)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    k = key(cur)
    for x in it:
        if key(x) == k:
            group.append(x)
        else:
            yield k, group
            group = [x]
            k = key(x)
    yield k, group
def accumulate(seq):
    total = 0
    for x in seq:
        total += x
        yield total
print(list(chain([1, 2], "ab", range(2))))
print(list(islice(count(10, 5), 6)), list(islice([1, 2], 5)))
print(list(islice(cycle("xyz"), 8)))
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "kiwi", "kumquat"])
for k, g in groupby_sorted(words, lambda w: w[0]):
    print(k, g)
print(list(groupby_sorted([], len)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])))
print(list(zip(count(1), "abc")))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise([1, 4, 9, 16])), list(pairwise([1])))
print([b - a for a, b in pairwise(accumulate(range(6)))])
