# The alternate form '#' without a presentation type keeps the decimal point
# of a float written in exponent notation.
print(format(1e-07, "#"), format(1e22, "#"), format(5e-324, "#"), format(1e16, "#"))
print(f"{1e-07:#10}|{1e22:#,}|{2.0:#}")
