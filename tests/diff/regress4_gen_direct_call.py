# A direct call from a generator must count in the callee's parameter types.
def helper(x):
    y = x * 2
    return y

def gen():
    yield helper("ab")
    yield helper([1])

print(helper(1.5))
for v in gen():
    print(v)
