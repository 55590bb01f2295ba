# err: uncaught NameError for an undefined name used inside a function
def defined_later_ok():
    return helper_value * 2
helper_value = 21
print(defined_later_ok())
try:
    print(not_defined_anywhere)
except NameError as e:
    print("caught:", e)
def local_scope():
    inner_only = 5
    return inner_only
print(local_scope())
try:
    inner_only
except NameError as e:
    print("caught:", e)
def compute():
    x = 10
    return x + undefined_variable
print("calling compute")
print(compute())
