# mod: `import m` of a helper module, calling functions, reading constants and classes
import _helper_geometry
print(_helper_geometry.PI_APPROX)
print(round(_helper_geometry.area_circle(2), 6))
print(_helper_geometry.area_rect(3, 4), _helper_geometry.perimeter_rect(3, 4))
sq = _helper_geometry.Square(5)
print(sq, sq.area(), isinstance(sq, _helper_geometry.Square))
print(_helper_geometry.call_count, _helper_geometry.shapes_made)
print(_helper_geometry._private_helper())
print(_helper_geometry.__name__)
import _helper_geometry
print("second import is cached:", _helper_geometry.call_count)
import _helper_counter
print(_helper_counter.get(), _helper_counter.increment(), _helper_counter.increment(5))
print(_helper_counter.history)
import _helper_counter
print("no second body execution", _helper_counter.count)
print(_helper_geometry.area_rect(_helper_counter.count, 2))
print(round(_helper_geometry.area_circle(0.5), 4), _helper_geometry.call_count)
print(sorted(_helper_geometry.shapes_made), type(_helper_geometry.Square(1).area()).__name__)
