# ctrl: pass in various blocks, empty-looking bodies, and statement sequences
def noop():
    pass
class Empty:
    pass
for i in range(3):
    pass
print(i)
while False:
    pass
else:
    print("while-else after false condition")
if True:
    pass
try:
    pass
except Exception:
    pass
else:
    print("try-else runs")
finally:
    print("finally runs")
print(noop(), type(Empty()).__name__)
x = 1; y = 2; z = x + y; print(z)
def docstring_only():
    "This function only has a docstring."
print(docstring_only())
def ellipsis_body():
    ...
print(ellipsis_body())
e = Empty()
e.value = 3
print(e.value)
