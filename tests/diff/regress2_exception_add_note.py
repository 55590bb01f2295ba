# BaseException.add_note (3.11) records notes in __notes__; an uncaught exception prints its notes after the message
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("in file data.txt")
    print(e.__notes__, str(e))
err = KeyError("k")
err.add_note("extra context")
raise err
