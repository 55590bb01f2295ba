# expect: U220 6:9
def make():
    x = 1
    def get():
        return x
    del x
    return get
