# ctrl: while loops driven by flags and state, nested breaks via flags, early returns from nested loops
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 100), find_pair([3, 3], 6))
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = False
r = 0
while r < len(grid) and not found:
    c = 0
    while c < len(grid[r]):
        if grid[r][c] == 99:
            found = True
            break
        c += 1
    if not found:
        r += 1
print("found at", r, c, found)
state = "start"
trace = []
steps = 0
while state != "end":
    steps += 1
    trace.append(state)
    if state == "start":
        state = "load"
    elif state == "load":
        state = "process" if steps < 5 else "end"
    elif state == "process":
        state = "load"
print(trace, steps)
balance = 100
month = 0
while balance > 0:
    month += 1
    balance = balance * 1.01 - 15
    if month > 100:
        break
print(month, round(balance, 2))
n = 600851475143
factor = 2
factors = []
while n > 1:
    while n % factor == 0:
        factors.append(factor)
        n //= factor
    factor += 1
    if factor * factor > n and n > 1:
        factors.append(n)
        break
print(factors)
