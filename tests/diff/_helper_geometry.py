# helper module (not a test): geometry functions and module-level state
import math
PI_APPROX = 3.14
call_count = 0
shapes_made = []
def area_circle(r):
    global call_count
    call_count += 1
    return math.pi * r * r
def area_rect(w, h):
    global call_count
    call_count += 1
    return w * h
def perimeter_rect(w, h):
    return 2 * (w + h)
class Square:
    def __init__(self, side):
        self.side = side
        shapes_made.append(side)
    def area(self):
        return area_rect(self.side, self.side)
    def __repr__(self):
        return f"Square({self.side})"
def _private_helper():
    return "private but importable by name"
if __name__ == "__main__":
    print("THIS MUST NOT PRINT WHEN IMPORTED")
