# expect: U213 4:1
try:
    pass
except* ValueError:
    pass
