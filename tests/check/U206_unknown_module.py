# expect: U206 2:8
import numpy

print(numpy.zeros(3))
