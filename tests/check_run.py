#!/usr/bin/env python3
"""check_run.py — the diagnostics test: runs `molt check --no-color` on every
.py file in a directory and compares the diagnostics it prints with the
`# expect: CODE line:col` comments at the top of the file (`# expect: none`
for a clean file). Also checks that the registry and its documentation
agree:
  - every code in md_codes.def has a test file named <CODE>_<slug>.py;
  - its letter is its category's (md_categories.def);
  - docs/diagnostics.md has a `## CODE slug` section with the same slug, a
    `- Category:`, `- Default severity:` and `- Message:` list matching the
    registry, an `### Example` with a python block that molt reports the code
    for, and a non-empty `### Fix`;
  - the docs' category table lists every category with its letter and
    default severity, and the docs describe no code the registry lacks.

usage: check_run.py --molt MOLT --codes md_codes.def [--categories md_categories.def]
                    --docs diagnostics.md DIR
"""
import argparse
import os
import re
import json
import subprocess
import sys
import tempfile

TIMEOUT = 60
DIAG = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) ")
EXPECT = re.compile(r"^#\s*expect:\s*(?P<rest>.*)$")
ITEM = re.compile(r"^(?P<code>[A-Z]\d{3})\s+(?P<line>\d+):(?P<col>\d+)$")


C_STRING = r'"((?:[^"\\]|\\.)*)"'
SEVERITIES = {"MD_ERROR": "error", "MD_WARNING": "warning", "MD_INFO": "info", "MD_HINT": "hint"}


def c_unescape(s):
    return re.sub(r"\\(.)", r"\1", s)


def registry(path):
    """{code: {slug, category, severity, summary, message}} from md_codes.def."""
    entry = re.compile(r"^MD_CODE\(\s*(\w+)\s*,\s*" + r"\s*,\s*".join([C_STRING] * 2)
                       + r"\s*,\s*MD_CAT_(\w+)\s*,\s*(MD_\w+)\s*,\s*" + r"\s*,\s*".join([C_STRING] * 2) + r"\s*\)\s*$")
    codes = {}
    with open(path, encoding="utf-8") as f:
        for text in f:
            if not text.startswith("MD_CODE("):
                continue
            m = entry.match(text.strip())
            if not m:
                raise ValueError("%s: cannot read %r" % (path, text.strip()))
            codes[m.group(2)] = {"slug": m.group(3), "category": m.group(4).lower(),
                                 "severity": SEVERITIES.get(m.group(5), m.group(5)),
                                 "summary": c_unescape(m.group(6)), "message": c_unescape(m.group(7))}
    return codes


def categories(path):
    """{name: (letter, severity)} from md_categories.def."""
    entry = re.compile(r"^MD_CATEGORY\(\s*(\w+)\s*,\s*" + C_STRING + r"\s*,\s*'([A-Z])'\s*,\s*(MD_\w+)\s*,")
    cats = {}
    with open(path, encoding="utf-8") as f:
        for text in f:
            m = entry.match(text)
            if m:
                cats[m.group(2)] = (m.group(3), SEVERITIES.get(m.group(4), m.group(4)))
    return cats


def doc_sections(path):
    """{code: (slug, body text)} for every `## CODE slug` section."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    sections = {}
    for m in re.finditer(r"^## ([A-Z]\d{3}) (\S+)\n(.*?)(?=^## |\Z)", text, re.M | re.S):
        sections[m.group(1)] = (m.group(2), m.group(3))
    return text, sections


def doc_problems(code, want, slug, body):
    """What is wrong with one code's documentation section."""
    problems = []
    if slug != want["slug"]:
        problems.append("slug %r, registry says %r" % (slug, want["slug"]))
    for field, key in (("Category", "category"), ("Default severity", "severity"), ("Message", "message")):
        m = re.search(r"^- %s: (.*)$" % field, body, re.M)
        got = m.group(1).strip().strip("`") if m else None
        if got != want[key]:
            problems.append("'- %s:' is %r, registry says %r" % (field, got, want[key]))
    example = re.search(r"^### Example\n+```python\n(.*?)^```", body, re.M | re.S)
    if not example:
        problems.append("no '### Example' heading followed by a ```python block")
    elif code not in example.group(1):
        problems.append("the example does not mark the line with the code (# %s)" % code)
    fix = re.search(r"^### Fix\n+(\S.*)", body, re.M | re.S)
    if not fix:
        problems.append("no '### Fix' heading followed by text")
    return problems, example.group(1) if example else None


def example_reports(molt, code, source):
    """Does `molt check` report `code` for the documented example?"""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "example.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        # guard costs are opt-in: their examples select them
        select = ["--select", code] if code.startswith("G") else []
        p = subprocess.run([molt, "check", "--format", "json"] + select + [path], capture_output=True, timeout=TIMEOUT)
        try:
            found = {d["code"] for d in json.loads(p.stdout.decode("utf-8", "replace"))}
        except ValueError:
            return False
        return code in found


def check_registry(a, files):
    """Registry-vs-docs failures, as messages."""
    fails = []
    codes = registry(a.codes)
    cats = categories(a.categories)
    text, sections = doc_sections(a.docs)
    for name, (letter, severity) in sorted(cats.items()):
        row = re.search(r"^\| `%s\d?xx` \| %s \| (\w+) \|" % (letter, name), text, re.M)
        if not row or row.group(1) != severity:
            fails.append("docs: the category table has no row '| `%s?xx` | %s | %s | ...'" % (letter, name, severity))
    for code, want in codes.items():
        if not any(f.startswith(code + "_") for f in files):
            fails.append("registry: %s has no test file %s_<slug>.py in %s" % (code, code, a.dir))
        if want["category"] not in cats:
            fails.append("registry: %s has category %s, which md_categories.def lacks" % (code, want["category"]))
        elif cats[want["category"]][0] != code[0]:
            fails.append("registry: %s is in category %s, whose codes start with %s"
                         % (code, want["category"], cats[want["category"]][0]))
        if code not in sections:
            fails.append("docs: %s has no '## %s %s' section in %s" % (code, code, want["slug"], a.docs))
            continue
        problems, example = doc_problems(code, want, *sections[code])
        if example is not None and not example_reports(a.molt, code, example):
            problems.append("molt check does not report %s for the example" % code)
        fails.extend("docs: %s: %s" % (code, p) for p in problems)
    for code in sections:
        if code not in codes:
            fails.append("docs: %s documents %s, which md_codes.def does not define" % (a.docs, code))
    for f in files:
        m = re.match(r"^([A-Z]\d{3})_", f)
        if m and m.group(1) not in codes:
            fails.append("%s: the code %s is not in md_codes.def" % (f, m.group(1)))
    return fails


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
    # guard costs are opt-in: a G4xx test file selects its own code
    code = os.path.basename(path)[:4]
    select = ["--select", code] if code.startswith("G") else []
    try:
        p = subprocess.run([molt, "check", "--no-color"] + select + [path], capture_output=True, timeout=TIMEOUT)
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


def check_file(molt, path, codes):
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
    # Only errors fail a check: warnings and hints alone exit 0.
    want_rc = 1 if any(codes.get(c, {}).get("severity") == "error" for c, _, _ in want) else 0
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
    ap.add_argument("--categories", help="diagnostics/md_categories.def (default: beside --codes)")
    ap.add_argument("--docs", required=True, help="docs/diagnostics.md")
    ap.add_argument("dir")
    a = ap.parse_args()
    if not a.categories:
        a.categories = os.path.join(os.path.dirname(a.codes), "md_categories.def")

    files = sorted(f for f in os.listdir(a.dir) if f.endswith(".py"))
    passed = failed = 0

    codes = registry(a.codes)
    for fail in check_registry(a, files):
        print("FAIL " + fail)
        failed += 1

    for f in files:
        problems = check_file(a.molt, os.path.join(a.dir, f), codes)
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
