# functions, methods and classes expose their docstring as __doc__ (None when absent)
def documented():
    """Add two numbers."""
class Widget:
    """A widget."""
    def method(self):
        "method doc"
def nodoc():
    pass
print(documented.__doc__, Widget.__doc__, Widget.method.__doc__, Widget().method.__doc__, nodoc.__doc__)
