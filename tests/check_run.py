#!/usr/bin/env python3
"""check_run.py — the diagnostics test: runs `molt check --no-color` on every
.py file in a directory and compares the diagnostics it prints with the
`# expect: CODE line:col` comments at the top of the file (`# expect: none`
for a clean file). Also checks that every code in md_codes.def has a test
file named <CODE>_<slug>.py and a `## CODE` section in docs/diagnostics.md,
and that the docs describe no code the registry lacks.

usage: check_run.py --molt MOLT --codes md_codes.def --docs diagnostics.md DIR
"""
import argparse
import os
import re
import subprocess
import sys

TIMEOUT = 60
DIAG = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) ")
EXPECT = re.compile(r"^#\s*expect:\s*(?P<rest>.*)$")
ITEM = re.compile(r"^(?P<code>[A-Z]\d{3})\s+(?P<line>\d+):(?P<col>\d+)$")


def registry_codes(path):
    with open(path, encoding="utf-8") as f:
        return re.findall(r'^MD_CODE\(\s*\w+\s*,\s*"([A-Z]\d{3})"', f.read(), re.M)


def doc_codes(path):
    with open(path, encoding="utf-8") as f:
        return re.findall(r"^## ([A-Z]\d{3})\b", f.read(), re.M)


def expectations(path):
    """The (code, line, col) triples a file expects, or None if it has no
    expect comment at all (that is an error in the test itself)."""
    found, seen = [], False
    with open(path, encoding="utf-8", errors="replace") as f:
        for text in f:
            m = EXPECT.match(text.strip())
            if not m:
                break
            seen = True
            for part in re.split(r"[;,]", m.group("rest")):
                part = part.strip()
                if not part or part == "none":
                    continue
                im = ITEM.match(part)
                if not im:
                    raise ValueError("bad expect item %r" % part)
                found.append((im.group("code"), int(im.group("line")), int(im.group("col"))))
    return sorted(found) if seen else None


def run_check(molt, path):
    try:
        p = subprocess.run([molt, "check", "--no-color", path], capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %ds" % TIMEOUT, []
    out = p.stdout.decode("utf-8", "replace")
    got = []
    for text in out.splitlines():
        m = DIAG.match(text)
        if m and os.path.abspath(m.group("path")) == os.path.abspath(path):
            got.append((m.group("code"), int(m.group("line")), int(m.group("col"))))
    return p.returncode, out, p.stderr.decode("utf-8", "replace"), sorted(got)


def fmt(items):
    return ", ".join("%s %d:%d" % it for it in items) or "none"


def check_file(molt, path):
    """Returns a list of failure messages (empty if the file passes)."""
    try:
        want = expectations(path)
    except ValueError as e:
        return [str(e)]
    if want is None:
        return ["no '# expect:' comment at the top of the file"]
    result = run_check(molt, path)
    if result[0] is None:
        return [result[2]]
    rc, out, err, got = result
    problems = []
    if got != want:
        missing = [w for w in want if w not in got]
        extra = [g for g in got if g not in want]
        lines = ["diagnostics differ:", "  expected: " + fmt(want), "  got:      " + fmt(got)]
        if missing:
            lines.append("  - missing: " + fmt(missing))
        if extra:
            lines.append("  + extra:   " + fmt(extra))
        problems.append("\n".join(lines))
    want_rc = 1 if want else 0
    if rc != want_rc:
        problems.append("exit status %d, expected %d" % (rc, want_rc))
    if problems and out.strip():
        problems.append("molt check printed:\n" + "\n".join("    " + l for l in out.rstrip().splitlines()))
    if problems and err.strip():
        problems.append("stderr:\n" + "\n".join("    " + l for l in err.rstrip().splitlines()))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--molt", required=True)
    ap.add_argument("--codes", required=True, help="diagnostics/md_codes.def")
    ap.add_argument("--docs", required=True, help="docs/diagnostics.md")
    ap.add_argument("dir")
    a = ap.parse_args()

    files = sorted(f for f in os.listdir(a.dir) if f.endswith(".py"))
    passed = failed = 0

    codes = registry_codes(a.codes)
    documented = doc_codes(a.docs) if os.path.exists(a.docs) else []
    for code in codes:
        if not any(f.startswith(code + "_") for f in files):
            print("FAIL registry: %s has no test file %s_<slug>.py in %s" % (code, code, a.dir))
            failed += 1
        if code not in documented:
            print("FAIL docs: %s has no '## %s' section in %s" % (code, code, a.docs))
            failed += 1
    for code in documented:
        if code not in codes:
            print("FAIL docs: %s documents %s, which md_codes.def does not define" % (a.docs, code))
            failed += 1
    for f in files:
        m = re.match(r"^([A-Z]\d{3})_", f)
        if m and m.group(1) not in codes:
            print("FAIL %s: the code %s is not in md_codes.def" % (f, m.group(1)))
            failed += 1

    for f in files:
        problems = check_file(a.molt, os.path.join(a.dir, f))
        if problems:
            failed += 1
            print("FAIL %s" % f)
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            passed += 1
            print("ok   %s" % f)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
