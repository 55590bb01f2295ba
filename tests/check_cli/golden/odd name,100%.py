import numpy
print(1)  # molt: ignore[100%]
