# expect: U219 2:17
from sys import getsizeof

print(getsizeof(0))
