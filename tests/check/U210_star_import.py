# expect: U210 2:18
from math import *

print(sqrt(2))
