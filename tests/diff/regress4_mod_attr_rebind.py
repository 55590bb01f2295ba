# Rebinding a module's function from outside must change the module's own calls.
import _helper_rebind
print(_helper_rebind.calls_f())
_helper_rebind.f = lambda: "replaced"
print(_helper_rebind.calls_f())
