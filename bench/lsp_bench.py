#!/usr/bin/env python3
"""bench/lsp_bench.py — how fast `molt lsp` answers while someone types.

usage: bench/lsp_bench.py [--molt build/molt] [--lines 5000] [--edits 200]

Generates a Python file of --lines lines (functions, classes, loops, a few
constructs molt refuses), opens it in the server with the debounce off and
measures:
  * open to first diagnostics: didOpen sent -> publishDiagnostics received;
  * --edits single-character edits (insert a character, then delete it
    again, at places spread over the file), each from didChange sent to the
    publishDiagnostics of that version received: p50, p95 and max;
  * the server's resident memory afterwards (VmRSS and peak VmHWM, /proc);
  * the server's CPU time (user + system, /proc) for the open and per edit:
    on a machine busy with other work, wall-clock latency includes waiting
    for a core, CPU time does not.
Targets (issue 3): first diagnostics < 100 ms, p95 < 15 ms, RSS < 60 MB.
Not a test: nothing here fails on a slow machine."""
import argparse
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "lsp"))
from lsp_client import Server, rng  # noqa: E402


def generate(lines):
    """Realistic-looking code: every 25-line unit is a class with two
    methods, a function with a loop, and module-level assignments; every
    tenth unit uses something molt refuses, so there are diagnostics."""
    out = ["import math", "", "TOTAL = 0", ""]
    i = 0
    while len(out) < lines:
        bad = "eval(str(n))" if i % 10 == 0 else "n * 2"
        out += [
            f"class Shape{i}:",
            f'    """Shape number {i}."""',
            "    def __init__(self, w, h):",
            "        self.w = w",
            "        self.h = h",
            "    def area(self):",
            "        return self.w * self.h",
            "",
            f"def compute{i}(n):",
            "    total = 0",
            "    for k in range(n):",
            "        if k % 3 == 0:",
            "            total += k * k",
            "        else:",
            "            total -= math.sqrt(k)",
            f"    return total + {bad}",
            "",
            f"value{i} = compute{i}(10)",
            f"shape{i} = Shape{i}(value{i}, 2.5)",
            f"names{i} = [str(x) for x in range({i % 7 + 1})]",
            f"table{i} = {{'a': {i}, 'b': value{i}}}",
            f"TOTAL = TOTAL + shape{i}.area()",
            f"print('unit', {i}, TOTAL)",
            "",
            "",
        ]
        i += 1
    return "\n".join(out[:lines]) + "\n"


def rss_kb(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")  # utime + stime


def percentile(xs, p):
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(p / 100 * len(xs) + 0.5)) - 1))
    return xs[k]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--molt", default=os.path.join(HERE, "..", "build", "molt"))
    ap.add_argument("--lines", type=int, default=5000)
    ap.add_argument("--edits", type=int, default=200)
    a = ap.parse_args()

    text = generate(a.lines)
    lines = text.split("\n")
    with tempfile.TemporaryDirectory(prefix="molt-lsp-bench-") as tmp:
        path = os.path.join(tmp, "big.py")
        with open(path, "w") as f:
            f.write(text)
        uri = "file://" + path
        s = Server(os.path.abspath(a.molt))
        t0 = time.perf_counter()
        s.initialize(encodings=["utf-16"], options={"debounceMs": 0})
        t_init = time.perf_counter() - t0

        c0 = cpu_ms(s.proc.pid)
        t0 = time.perf_counter()
        s.open(uri, text)
        first = s.diagnostics(uri, 1)
        t_open = time.perf_counter() - t0
        c_open = cpu_ms(s.proc.pid) - c0
        c0 = cpu_ms(s.proc.pid)

        # Edits: insert 'x' after the first character of a line's text, then
        # delete it; lines spread over the whole file.
        times, version = [], 1
        targets = [ln for ln in range(len(lines)) if lines[ln].strip()]
        for e in range(a.edits):
            ln = targets[(e // 2) * 7919 % len(targets)]
            col = len(lines[ln]) - len(lines[ln].lstrip()) + 1
            change = {"range": rng(ln, col, ln, col), "text": "x"} if e % 2 == 0 else \
                     {"range": rng(ln, col, ln, col + 1), "text": ""}
            version += 1
            t0 = time.perf_counter()
            s.change(uri, version, [change])
            s.diagnostics(uri, version)
            times.append(time.perf_counter() - t0)
        c_edits = cpu_ms(s.proc.pid) - c0
        rss, hwm = rss_kb(s.proc.pid)
        s.shutdown_and_exit()

    ms = [t * 1000 for t in times]
    print(f"file: {a.lines} lines, {len(text)} bytes, {len(first)} diagnostics")
    print(f"initialize:              {t_init * 1000:7.1f} ms")
    print(f"open to diagnostics:     {t_open * 1000:7.1f} ms   (target < 100 ms)")
    print(f"edit to diagnostics:     p50 {statistics.median(ms):.1f} ms, p95 {percentile(ms, 95):.1f} ms, "
          f"max {max(ms):.1f} ms over {len(ms)} edits   (target p95 < 15 ms)")
    print(f"server CPU time:         open {c_open:.0f} ms, edits {c_edits / len(ms):.1f} ms each on average")
    print(f"server memory:           RSS {rss / 1024:.1f} MB, peak {hwm / 1024:.1f} MB   (target < 60 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
