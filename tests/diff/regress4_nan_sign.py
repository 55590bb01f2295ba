# A NaN keeps its sign bit (negation, float("-nan")).
import math
n = float("nan")
print(math.copysign(1.0, -n))
print(math.copysign(1.0, float("-nan")))
