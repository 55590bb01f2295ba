# program: text processing: word frequencies, wrapping, full justification and a markdown-ish formatter

TEXT = """# The Lighthouse Keeper

The lighthouse stood at the end of the rocky point, white and patient against the grey
sea. For forty years the keeper had climbed its spiral stair every evening, trimmed the
wick, polished the great lens, and watched the beam sweep out across the water.

Ships passed in the night. Some he knew by their lights, some by the rhythm of their
engines, and some only by the way the gulls rose up when they came near. He kept a log
of every one of them, in a careful hand, in books that filled three shelves.

## The Storm

In the autumn of the fortieth year a storm came in from the west. The wind screamed
around the tower, the rain came sideways, and the waves broke over the rocks with a
sound like cannon. The keeper did not sleep. He climbed the stair again and again,
keeping the lamp alive, keeping the lens clean, keeping the beam turning.

* At midnight the power failed.
* At one o'clock he lit the old oil lamp.
* At three o'clock he saw the lights of a small boat, far too close to the rocks.

## Morning

When the morning came the sea was calm and bright. The small boat lay safe in the
harbour, and the keeper slept at last, for a whole day and a whole night. When he woke
he opened a new book, and on the first page he wrote: *the light is the thing*.
"""

STOP = set("the a an and of in to at for by it he his was were when some with on its "
           "had did not far too all be is as up out over from they them one only".split())


def words_of(text):
    out = []
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        else:
            if word:
                out.append("".join(word).strip("'"))
                word = []
    if word:
        out.append("".join(word))
    return [w for w in out if w]


def frequencies(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for w in text.split():
        if current and length + 1 + len(w) > width:
            lines.append(current)
            current, length = [w], len(w)
        else:
            length += len(w) + (1 if current else 0)
            current.append(w)
    if current:
        lines.append(current)
    return lines


def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0]
    total = sum(len(w) for w in line_words)
    gaps = len(line_words) - 1
    spaces = width - total
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + line_words[-1]


def paragraphs(text):
    blocks = []
    current = []
    for line in text.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def render_inline(s):
    out = []
    parts = s.split("*")
    for i, p in enumerate(parts):
        out.append(p.upper() if i % 2 == 1 else p)
    return "".join(out)


def format_markdown(text, width):
    out = []
    for block in paragraphs(text):
        first = block[0]
        if first.startswith("## "):
            title = first[3:].strip()
            out.append("")
            out.append(title)
            out.append("-" * len(title))
        elif first.startswith("# "):
            title = first[2:].strip().upper()
            out.append("=" * width)
            out.append(title.center(width))
            out.append("=" * width)
        elif first.startswith("* "):
            for item in block:
                lines = wrap(render_inline(item[2:]), width - 4)
                for j, lw in enumerate(lines):
                    prefix = "  - " if j == 0 else "    "
                    out.append(prefix + " ".join(lw))
        else:
            joined = render_inline(" ".join(block))
            lines = wrap(joined, width)
            for j, lw in enumerate(lines):
                if j == len(lines) - 1:
                    out.append(" ".join(lw))
                else:
                    out.append(justify(lw, width))
            out.append("")
    return out


words = words_of(TEXT)
freq = frequencies(words)
print("total words:", len(words))
print("distinct words:", len(freq))
print("longest words:", sorted(set(words), key=lambda w: (-len(w), w))[:5])
print()
print("top content words:")
content = [(c, w) for w, c in freq.items() if w not in STOP and len(w) > 2]
content.sort(key=lambda cw: (-cw[0], cw[1]))
for count, w in content[:12]:
    print(f"  {w:<12}{count:>3} {'#' * count}")
print()
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
print("word length histogram:")
for n in sorted(by_len):
    print(f"  {n:2d} {len(by_len[n]):3d} {'*' * len(by_len[n])}")
print()
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top_letters = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top letters:", " ".join(f"{k}={v}" for k, v in top_letters))
print()
for width in (60, 38):
    print(f"[formatted at width {width}]")
    for line in format_markdown(TEXT, width):
        assert len(line) <= width, line
        print("|" + line.ljust(width) + "|")
    print()
sentences = []
cur = ""
for ch in " ".join(TEXT.split()):
    cur += ch
    if ch in ".!?:":
        sentences.append(cur.strip())
        cur = ""
print("sentences:", len(sentences))
longest = max(sentences, key=len)
print("longest sentence has", len(longest.split()), "words:")
for lw in wrap(longest, 50):
    print("   ", justify(lw, 50) if len(lw) > 1 else lw[0])
acronym = "".join(w[0].upper() for w in words_of(sentences[1]) if w not in STOP)
print("acronym of sentence 2:", acronym)
