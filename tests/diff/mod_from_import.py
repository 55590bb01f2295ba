# mod: `from m import f, g` and `from m import f as h`, names bound at import time
from _helper_geometry import area_rect, perimeter_rect
from _helper_geometry import area_circle as circ, Square as Sq
from _helper_geometry import call_count
print(area_rect(2, 5), perimeter_rect(2, 5), round(circ(1), 5))
s = Sq(3)
print(s, s.area(), type(s).__name__)
print("call_count bound at import time stays", call_count)
import _helper_geometry
print("module attribute reflects updates", _helper_geometry.call_count)
from _helper_geometry import call_count
print("re-imported name now", call_count)
from _helper_geometry import shapes_made
shapes_made.append(99)
print(_helper_geometry.shapes_made)
from _helper_geometry import PI_APPROX as PI, _private_helper
print(PI, _private_helper())
from _helper_strings import shout, VERSION
print(shout("from import"), VERSION, VERSION[0] + VERSION[2])
def uses_imported(w, h):
    return area_rect(w, h) + perimeter_rect(w, h)
print(uses_imported(3, 7), _helper_geometry.call_count)
