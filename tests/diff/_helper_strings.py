# helper module (not a test): string utilities that import another helper
import _helper_counter
def shout(s):
    _helper_counter.increment()
    return s.upper() + "!"
def reverse_words(s):
    _helper_counter.increment()
    return " ".join(reversed(s.split()))
def title_case(s):
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split())
VERSION = (1, 2, 3)
