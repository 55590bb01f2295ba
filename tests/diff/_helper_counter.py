# helper module (not a test): module-level mutable state shared across importers
print("helper_counter module body executed, __name__ =", __name__)
count = 0
history = []
def increment(by=1):
    global count
    count += by
    history.append(count)
    return count
def reset():
    global count
    count = 0
    history.clear()
def get():
    return count
if __name__ == "__main__":
    print("helper_counter run as script")
