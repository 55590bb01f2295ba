# '#g' keeps trailing zeros even when rounding carries into a new exponent
for v in [999999.5, 9999995.0, 99.9999999]:
    print(f"{v:#g}", f"{v:#.6g}", "%#g" % v, f"{v:#.3g}")
