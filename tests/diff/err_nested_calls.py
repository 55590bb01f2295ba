# err: uncaught exception propagating through several function frames and a method
def try_parse(text):
    try:
        return Parser(text).parse()
    except ValueError as e:
        return "error: " + str(e)
class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.item(t) for t in self.text.split(",")]
    def item(self, t):
        return convert(t.strip())
def convert(t):
    return check(int(t))
def check(v):
    if v < 0:
        raise ValueError(f"negative value {v} not allowed")
    return v
print(Parser("1, 2, 3").parse())
print(try_parse("7, -8"))
print(try_parse("9, 10"))
print(Parser("4, -5, 6").parse())
