# gen: generators as state machines and coroutine-like tokenizers (no send), driven by next()
def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            yield ("NUM", text[i:j])
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield ("NAME", text[i:j])
            i = j
        elif text[i:i + 2] in ("==", "<=", ">=", "!=", "**"):
            yield ("OP", text[i:i + 2])
            i += 2
        else:
            yield ("OP", ch)
            i += 1
    yield ("EOF", "")
for tok in tokenize("x1 = 3.14 * (radius ** 2) >= 10 != y_2"):
    print(tok)
def traffic_light():
    while True:
        for state, duration in (("green", 3), ("yellow", 1), ("red", 2)):
            for t in range(duration):
                yield state, t
light = traffic_light()
print([next(light) for _ in range(8)])
def run_length(s):
    it = iter(s)
    try:
        cur = next(it)
    except StopIteration:
        return
    n = 1
    for ch in it:
        if ch == cur:
            n += 1
        else:
            yield cur, n
            cur, n = ch, 1
    yield cur, n
print(list(run_length("aaabccddddde")), list(run_length("")))
print("".join(f"{c}{n}" for c, n in run_length("wwwwbbbwwxyz")))
