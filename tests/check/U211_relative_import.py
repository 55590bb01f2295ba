# expect: U211 2:6
from . import helpers
