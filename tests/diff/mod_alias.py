# mod: `import m as alias`, aliases sharing one module object, and helper importing another helper
import _helper_strings as hs
import _helper_counter as counter
import _helper_counter as counter2
print(hs.shout("hello"), hs.reverse_words("one two three"), hs.title_case("hELLO wORLD"))
print(counter.get(), counter2.get(), counter is counter2, counter.history)
counter.increment(10)
print(counter2.get(), hs._helper_counter.get(), hs.VERSION)
import math as m
print(m.sqrt(81), m.floor(-1.5))
import _helper_geometry as geo
import _helper_geometry as geo2
print(geo is geo2, geo.area_rect(2, 3), geo2.call_count)
sq = geo.Square(4)
print(sq, sq.area(), geo2.shapes_made)
import _helper_strings as hs2
print(hs2 is hs, hs2.shout("again"), counter.get())
alias_fn = hs.title_case
print(alias_fn("multiple   spaces here"))
print(counter.history)
