# err: uncaught UnboundLocalError when a local is read before assignment
count = 10
def read_global():
    return count + 1
def write_global():
    global count
    count += 1
    return count
print(read_global(), write_global(), count)
def shadow():
    count = 0
    count += 5
    return count
print(shadow(), count)
total = 0
def add(v):
    total += v
    return total
print("adding")
add(5)
