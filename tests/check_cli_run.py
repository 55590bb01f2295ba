#!/usr/bin/env python3
"""check_cli_run.py — tests of `molt check` as CI uses it: output formats,
suppression comments, manifest settings and --select/--ignore.

usage: check_cli_run.py --molt MOLT --src TESTS_DIR SUITE
SUITE is one of: formats, sarif, suppress, manifest, select.

The golden files in tests/check_cli/ were written by hand from the rules in
docs/diagnostics.md (columns in characters, exclusive ends, GitHub's
escaping), not copied from molt's output; the other suites state what they
expect next to each case.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

TIMEOUT = 60
FAILURES = []


def fail(case, what):
    FAILURES.append("%s: %s" % (case, what))


def run(molt, args, cwd):
    p = subprocess.run([molt, "check"] + args, cwd=cwd, capture_output=True, timeout=TIMEOUT)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def write(dirname, name, text):
    path = os.path.join(dirname, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def codes_of(out):
    """(code, line, severity) of each diagnostic in --format json output."""
    return [(d["code"], d["line"], d["severity"]) for d in json.loads(out)]


def expect_json(molt, case, args, cwd, want, want_rc):
    rc, out, err = run(molt, ["--format", "json"] + args, cwd)
    if rc == 2:
        fail(case, "exit status 2: %s" % err.strip())
        return
    got = codes_of(out)
    if got != want:
        fail(case, "diagnostics %s, expected %s" % (got, want))
    if rc != want_rc:
        fail(case, "exit status %d, expected %d" % (rc, want_rc))


# ---- registry (read from the source, not from molt) -------------------------

def registry_codes(src):
    path = os.path.join(src, "..", "diagnostics", "md_codes.def")
    with open(path, encoding="utf-8") as f:
        return re.findall(r'^MD_CODE\(\s*\w+\s*,\s*"([A-Z]\d{3})"\s*,\s*"([^"]+)"\s*,\s*\w+\s*,\s*MD_(\w+)\s*,\s*'
                          r'"((?:[^"\\]|\\.)*)"', f.read(), re.M)


# ---- formats ----------------------------------------------------------------

def suite_formats(molt, src):
    cwd = os.path.join(src, "check_cli")
    for fmt, golden in (("text", "golden.txt"), ("github", "golden.github")):
        rc, out, err = run(molt, ["--no-color", "--format", fmt, "golden"], cwd)
        with open(os.path.join(cwd, golden), encoding="utf-8") as f:
            want = f.read()
        if out != want:
            fail("format " + fmt, "output differs from %s:\n--- expected\n%s--- got\n%s" % (golden, want, out))
        if rc != 1:
            fail("format " + fmt, "exit status %d, expected 1 (three errors)" % rc)

    rc, out, err = run(molt, ["--format", "json", "golden"], cwd)
    with open(os.path.join(cwd, "golden.json"), encoding="utf-8") as f:
        want = json.load(f)
    got = json.loads(out)
    if got != want:
        fail("format json", "differs from golden.json:\n%s" % json.dumps(got, indent=1))

    rc, out, err = run(molt, ["--format", "sarif", "golden"], cwd)
    check_sarif_golden(src, cwd, json.loads(out))

    # -o writes the same report to a file and nothing to stdout.
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "report.sarif")
        rc2, out2, err2 = run(molt, ["--format", "sarif", "-o", path, "golden"], cwd)
        with open(path, encoding="utf-8") as f:
            if f.read() != out or out2 or rc2 != rc:
                fail("format sarif -o", "the file differs from stdout's report, or stdout was not empty")
        rc3, _, err3 = run(molt, ["-o", os.path.join(tmp, "no", "such", "dir"), "golden"], cwd)
        if rc3 != 2 or "cannot write" not in err3:
            fail("-o unwritable", "exit %d, stderr %r; expected 2 and 'cannot write'" % (rc3, err3))

    rc, out, err = run(molt, ["--format", "yaml", "golden"], cwd)
    if rc != 2 or "unknown format 'yaml'" not in err:
        fail("format yaml", "exit %d, stderr %r; expected 2 and the format named" % (rc, err))


def check_sarif_golden(src, cwd, doc):
    sys.path.insert(0, src)
    from sarif_validate import validate
    for p in validate(doc):
        fail("format sarif", "invalid SARIF: " + p)
    run0 = doc["runs"][0]
    driver = run0["tool"]["driver"]
    if driver["name"] != "molt" or not driver["version"] or run0.get("columnKind") != "unicodeCodePoints":
        fail("format sarif", "driver name/version or columnKind wrong: %r" % driver)
    # One rule per registry code, in registry order, as md_codes.def says.
    reg = registry_codes(src)
    level = {"ERROR": "error", "WARNING": "warning", "INFO": "note", "HINT": "note"}
    got_rules = [(r["id"], r["name"], r["shortDescription"]["text"], r["defaultConfiguration"]["level"])
                 for r in driver["rules"]]
    want_rules = [(code, slug, summary.replace('\\"', '"'), level[sev]) for code, slug, sev, summary in reg]
    if got_rules != want_rules:
        fail("format sarif", "rules differ from md_codes.def:\n%s\n%s" % (got_rules, want_rules))
    for r in driver["rules"]:
        # Descriptions and help come from the rule's docs section.
        if r["fullDescription"]["text"] == r["shortDescription"]["text"] or "Fix: " not in r["help"]["text"] \
                or "### Example" not in r["help"].get("markdown", ""):
            fail("format sarif", "rule %s: fullDescription/help do not quote docs/diagnostics.md" % r["id"])
        anchor = "#%s-%s" % (r["id"].lower(), r["name"])
        if not r["helpUri"].endswith("docs/diagnostics.md" + anchor):
            fail("format sarif", "rule %s: helpUri %r does not point at its docs section" % (r["id"], r["helpUri"]))
    with open(os.path.join(cwd, "golden.sarif-results.json"), encoding="utf-8") as f:
        want = json.load(f)
    ids = [code for code, _, _, _ in reg]
    for w in want:
        w["ruleIndex"] = ids.index(w["ruleId"])
    got = run0["results"]
    if got != want:
        fail("format sarif", "results differ from golden.sarif-results.json:\n%s" % json.dumps(got, indent=1))


# ---- sarif: the whole test corpus through the validator ----------------------

def suite_sarif(molt, src):
    sys.path.insert(0, src)
    from sarif_validate import validate
    # Every code's test file: all rules fire, with multi-line and odd spans.
    # every family selected, so that the opt-in guard costs fire too
    rc, out, err = run(molt, ["--format", "sarif", "--select", "S,U,C,G,W", "check"], src)
    if rc != 1:
        fail("sarif corpus", "exit status %d, expected 1: %s" % (rc, err))
    doc = json.loads(out)
    for p in validate(doc):
        fail("sarif corpus", p)
    fired = {r["ruleId"] for r in doc["runs"][0]["results"]}
    missing = {code for code, _, _, _ in registry_codes(src)} - fired
    if missing:
        fail("sarif corpus", "no result for %s" % sorted(missing))
    # A clean run is still a complete log, with an empty results array.
    with tempfile.TemporaryDirectory() as tmp:
        write(tmp, "ok.py", "print(1)\n")
        rc, out, err = run(molt, ["--format", "sarif", "ok.py"], tmp)
        doc = json.loads(out)
        if rc != 0 or doc["runs"][0]["results"] != [] or validate(doc):
            fail("sarif clean", "exit %d, results %r" % (rc, doc["runs"][0].get("results")))
        # A file outside the working directory: an absolute file:// URI.
        sub = os.path.join(tmp, "sub")
        os.mkdir(sub)
        write(tmp, "bad.py", "x = eval('1')\n")
        rc, out, err = run(molt, ["--format", "sarif", os.path.join(tmp, "bad.py")], sub)
        doc = json.loads(out)
        art = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        if not art["uri"].startswith("file:///") or "uriBaseId" in art or validate(doc):
            fail("sarif outside cwd", "artifactLocation %r" % art)


# ---- suppression ------------------------------------------------------------

SUPPRESS = """\
x = eval("1")  # molt: ignore[U201]
y = eval("2")  # molt: ignore[U217]
z = eval(
    "3")  # molt: ignore[U201]
a = compile("a") + eval("b")  # molt: ignore[U201]
b = eval("c") + 3j  # molt: ignore[U201, U217]
c = eval("d") + 4j  # molt: ignore[U201]
d = eval("e") + 5j  # molt: ignore
e = eval("f")  # molt: ignore[U201, X999]
f = eval("g")  # molt: ignore[X999, W501]
g = "# molt: ignore"; h = eval("h")
i = eval("i")  # noqa  # molt: ignore[U201] because it is only a test
j = eval("j")  # see '# molt: ignore' in the docs
k = 1  # molt: ignore[U201,,]
q = '''
# molt: ignore''' + eval("q")
l = eval("l")  #molt:ignore[U201]
"""

# What must remain, and why (every other line's diagnostics are suppressed:
# line 1 by its code, 5 both U201s, 6 two codes, 8 a bare ignore, 12 a
# directive after another comment, 14 a list with empty items, 17 no spaces).
SUPPRESS_WANT = [
    ("U201", 2, "error"),     # miss: the comment names another code
    ("U201", 3, "error"),     # miss: the diagnostic starts on line 3, the comment is on line 4
    ("U217", 7, "error"),     # several on a line: only the named code goes
    ("W501", 9, "warning"),   # unknown code X999 (U201 beside it still applies)
    ("U201", 10, "error"),    # the list names W501 (suppressing the W501 for X999), not U201
    ("U201", 11, "error"),    # the directive is inside a string
    ("U201", 13, "error"),    # prose quoting a directive is not one
    ("U201", 16, "error"),    # the '# molt: ignore' on line 16 is inside a triple-quoted string
]


def suite_suppress(molt, src):
    with tempfile.TemporaryDirectory() as tmp:
        write(tmp, "s.py", SUPPRESS)
        rc, out, err = run(molt, ["--format", "json", "s.py"], tmp)
        got = codes_of(out)
        if got != SUPPRESS_WANT:
            fail("suppress", "diagnostics %s,\n  expected %s" % (got, SUPPRESS_WANT))
        w501 = [d for d in json.loads(out) if d["code"] == "W501"]
        if len(w501) != 1 or w501[0]["column"] != 37 or "'X999'" not in w501[0]["message"]:
            fail("suppress unknown code", "W501 should point at X999 (column 37): %s" % w501)
        if rc != 1:
            fail("suppress", "exit status %d, expected 1" % rc)

        # A file whose only errors are suppressed is clean; W501 alone exits 0.
        write(tmp, "clean.py", 'x = eval("1")  # molt: ignore[U201]\n')
        expect_json(molt, "suppress all", ["clean.py"], tmp, [], 0)
        write(tmp, "warn.py", 'x = eval("1")  # molt: ignore[U201, U2]\n')
        expect_json(molt, "suppress warning only", ["warn.py"], tmp, [("W501", 1, "warning")], 0)
        # Empty list and unclosed bracket are W502, and suppress nothing.
        write(tmp, "bad.py", 'x = eval("1")  # molt: ignore[]\ny = eval("2")  # molt: ignore[U201\n')
        expect_json(molt, "suppress malformed", ["bad.py"], tmp,
                    [("U201", 1, "error"), ("W502", 1, "warning"), ("U201", 2, "error"), ("W502", 2, "warning")],
                    1)
        # Suppression comes before --select: a suppressed code stays hidden.
        expect_json(molt, "suppress then select", ["--select", "U201", "clean.py"], tmp, [], 0)
        # An imported module's comments apply to its own diagnostics.
        write(tmp, "helper.py", 'v = eval("1")  # molt: ignore[U201]\nw = 2j\n')
        write(tmp, "main.py", "import helper\n")
        expect_json(molt, "suppress in imported module", ["main.py"], tmp, [("U217", 2, "error")], 1)


# ---- manifest ---------------------------------------------------------------

VALID_MANIFEST = {
    "allow": ["fs.read", "time", "core"],
    "deny": ["fs.write"],
    "fs": {"read": ["data/", "/srv/shared"], "write": []},
    "env": {"read": ["HOME", "LANG"]},
    "resources": {"max_memory": "64MB", "max_duration": "30s", "max_allocations": 1000000,
                  "max_recursion_depth": 1000},
    "diagnostics": {"select": ["U", "W"], "ignore": ["U217"], "severity": {"W501": "error"}},
}

# (manifest text, the key the error must name, words the reason must contain)
MALFORMED = [
    ('{"allow": [}', "molt.capabilities.json:1:", "invalid JSON"),
    ("", "molt.capabilities.json:1:", "invalid JSON"),
    ('{"allow": []} trailing', "molt.capabilities.json:1:", "invalid JSON"),
    ("[]", "molt.capabilities.json: ", "must be a JSON object"),
    ('{"allwo": []}', "allwo:", "unknown key"),
    ('{"allow": [], "allow": ["net"]}', "allow:", "more than once"),
    ('{"allow": "net"}', "allow:", "expected an array of strings, found a string"),
    ('{"allow": [1]}', "allow[0]:", "expected a string, found a number"),
    ('{"allow": [""]}', "allow[0]:", "empty"),
    ('{"deny": ["net", "fs.exec"]}', "deny[1]:", "unknown capability 'fs.exec'"),
    ('{"fs": []}', "fs:", "expected an object, found an array"),
    ('{"fs": {"exec": []}}', "fs.exec:", "unknown key"),
    ('{"fs": {"read": [null]}}', "fs.read[0]:", "expected a string, found null"),
    ('{"env": {"read": ["A=B"]}}', "env.read[0]:", "not a variable name"),
    ('{"resources": {"max_memory": "MB"}}', "resources.max_memory:", "not a positive amount"),
    ('{"resources": {"max_memory": "64 MB"}}', "resources.max_memory:", "unknown unit"),
    ('{"resources": {"max_memory": "64MiB"}}', "resources.max_memory:", "unknown unit"),
    ('{"resources": {"max_duration": true}}', "resources.max_duration:", "found a boolean"),
    ('{"resources": {"max_recursion_depth": 1.5}}', "resources.max_recursion_depth:", "whole number"),
    ('{"resources": {"max_allocations": -3}}', "resources.max_allocations:", "positive whole number"),
    ('{"resources": {"max_cpu": 1}}', "resources.max_cpu:", "unknown key"),
    ('{"diagnostics": []}', "diagnostics:", "expected an object, found an array"),
    ('{"diagnostics": {"colour": 1}}', "diagnostics.colour:", "unknown key"),
    ('{"diagnostics": {"select": ["U2", "X1"]}}', "diagnostics.select[1]:", "unknown code 'X1'"),
    ('{"diagnostics": {"select": [""]}}', "diagnostics.select[0]:", "empty"),
    ('{"diagnostics": {"ignore": "U201"}}', "diagnostics.ignore:", "expected an array of strings"),
    ('{"diagnostics": {"severity": []}}', "diagnostics.severity:", "expected an object"),
    ('{"diagnostics": {"severity": {"W501": "warn"}}}', "diagnostics.severity.W501:", '"warn"'),
    ('{"diagnostics": {"severity": {"W501": 2}}}', "diagnostics.severity.W501:", "found a number"),
    ('{"diagnostics": {"severity": {"Z9": "hint"}}}', "diagnostics.severity.Z9:", "unknown code 'Z9'"),
    ('{"diagnostics": {"severity": {"U201": "warning"}}}', "diagnostics.severity.U201:", "cannot be lowered"),
    ('{"diagnostics": {"severity": {"U": "hint"}}}', "diagnostics.severity.U:", "cannot be lowered"),
    ('{"diagnostics": {"severity": {"W5": "hint", "W5": "error"}}}', "diagnostics.severity.W5:", "more than once"),
]


def suite_manifest(molt, src):
    with tempfile.TemporaryDirectory() as tmp:
        prog = 'x = eval("1")\ny = 2j\nz = 3  # molt: ignore[X999]\n'
        write(tmp, "p.py", prog)
        # Valid: select U and W, ignore U217, W501 raised to error.
        write(tmp, "molt.capabilities.json", json.dumps(VALID_MANIFEST, indent=2))
        expect_json(molt, "manifest valid", ["p.py"], tmp, [("U201", 1, "error"), ("W501", 3, "error")], 1)
        # The same manifest through --capabilities, from another directory.
        other = os.path.join(tmp, "other")
        os.mkdir(other)
        write(other, "q.py", prog)
        expect_json(molt, "manifest --capabilities", ["--capabilities", "../molt.capabilities.json", "q.py"],
                    other, [("U201", 1, "error"), ("W501", 3, "error")], 1)
        # Without a manifest beside it, q.py gets the defaults.
        expect_json(molt, "manifest none", ["q.py"], other,
                    [("U201", 1, "error"), ("U217", 2, "error"), ("W501", 3, "warning")], 1)
        # --capabilities with tokens: grants only, default diagnostics.
        expect_json(molt, "manifest tokens", ["--capabilities", "net,fs.read", "q.py"], other,
                    [("U201", 1, "error"), ("U217", 2, "error"), ("W501", 3, "warning")], 1)
        rc, out, err = run(molt, ["--capabilities", "net,fs.exec", "q.py"], other)
        if rc != 2 or "'fs.exec'" not in err:
            fail("manifest bad token", "exit %d, stderr %r" % (rc, err))
        rc, out, err = run(molt, ["--capabilities", "missing.json", "q.py"], other)
        if rc != 2 or "cannot read manifest 'missing.json'" not in err:
            fail("manifest missing file", "exit %d, stderr %r" % (rc, err))

        # Each malformed manifest: exit 2, the key and the reason on stderr,
        # nothing on stdout (a half-read manifest is never used).
        clean = os.path.join(tmp, "clean")
        os.mkdir(clean)
        write(clean, "ok.py", "print(1)\n")
        for text, key, why in MALFORMED:
            write(clean, "molt.capabilities.json", text)
            rc, out, err = run(molt, ["ok.py"], clean)
            case = "manifest %s" % text
            if rc != 2:
                fail(case, "exit status %d, expected 2" % rc)
            if key not in err or why not in err:
                fail(case, "stderr %r should name %r and say %r" % (err.strip(), key, why))
            if out:
                fail(case, "stdout should be empty, got %r" % out)
        with open(os.path.join(clean, "molt.capabilities.json"), "wb") as f:
            f.write(b'{"allow": []}\x00')
        rc, out, err = run(molt, ["ok.py"], clean)
        if rc != 2 or "NUL" not in err:
            fail("manifest NUL byte", "exit %d, stderr %r" % (rc, err))


# ---- select / ignore / severity ----------------------------------------------

def suite_select(molt, src):
    prog = 'x = eval("1")\ny = 2j\nz = 3  # molt: ignore[X999]\n'
    U201, U217, W501 = ("U201", 1, "error"), ("U217", 2, "error"), ("W501", 3, "warning")
    W501_ERR, W501_HINT = ("W501", 3, "error"), ("W501", 3, "hint")
    # (case, manifest "diagnostics" or None, command-line options, expected, exit status)
    cases = [
        ("defaults", None, [], [U201, U217, W501], 1),
        ("ignore a family; warnings alone pass", None, ["--ignore", "U"], [W501], 0),
        ("select one code", None, ["--select", "U217"], [U217], 1),
        ("select and ignore as lists", None, ["--select", "U,W", "--ignore=U217,W501"], [U201], 1),
        ("more specific ignore wins", None, ["--select", "U2", "--ignore", "U217"], [U201], 1),
        ("more specific select wins", None, ["--select", "U201", "--ignore", "U2"], [U201], 1),
        ("tie: ignore wins", None, ["--select", "U2", "--ignore", "U2"], [], 0),
        ("manifest select", {"select": ["W"]}, [], [W501], 0),
        ("command line select replaces manifest select", {"select": ["W"]}, ["--select", "U217"], [U217], 1),
        ("ignores add up", {"ignore": ["W501"]}, ["--ignore", "U201"], [U217], 1),
        ("select beats a less specific manifest ignore", {"ignore": ["U2"]}, ["--select", "U201"], [U201], 1),
        ("severity raised makes it fail", {"severity": {"W501": "error"}}, ["--ignore", "U"], [W501_ERR], 1),
        ("severity lowered", {"severity": {"W5": "hint"}}, ["--ignore", "U"], [W501_HINT], 0),
        ("longest severity prefix wins", {"severity": {"W": "hint", "W501": "error"}}, ["--select", "W"],
         [W501_ERR], 1),
        ("severity of an ignored code does not matter", {"severity": {"W501": "error"}}, ["--ignore", "W", "--select",
                                                                                          "W"], [], 0),
        ("information is info", {"severity": {"W501": "information"}}, ["--select", "W"], [("W501", 3, "info")], 0),
        ("error stays error", {"severity": {"U201": "error"}}, ["--select", "U201"], [U201], 1),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        write(tmp, "p.py", prog)
        manifest = os.path.join(tmp, "molt.capabilities.json")
        for case, diags, opts, want, want_rc in cases:
            if diags is None:
                if os.path.exists(manifest):
                    os.remove(manifest)
            else:
                write(tmp, "molt.capabilities.json", json.dumps({"diagnostics": diags}))
            expect_json(molt, "select: " + case, opts + ["p.py"], tmp, want, want_rc)
        # The text summary counts what is left, by severity.
        write(tmp, "molt.capabilities.json", json.dumps({"diagnostics": {"severity": {"W501": "hint"}}}))
        rc, out, err = run(molt, ["--no-color", "--ignore", "U", "p.py"], tmp)
        if not out.endswith("No errors; 1 hint in 1 file.\n") or rc != 0:
            fail("select: summary", "exit %d, output ends %r" % (rc, out[-60:]))
        for bad in (["--select", "X1", "p.py"], ["--ignore", "", "p.py"], ["--select"]):
            rc, out, err = run(molt, bad, tmp)
            if rc != 2:
                fail("select: usage %s" % bad, "exit status %d, expected 2" % rc)


SUITES = {"formats": suite_formats, "sarif": suite_sarif, "suppress": suite_suppress,
          "manifest": suite_manifest, "select": suite_select}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--molt", required=True)
    ap.add_argument("--src", required=True, help="the tests/ directory")
    ap.add_argument("suite", choices=sorted(SUITES))
    a = ap.parse_args()
    SUITES[a.suite](os.path.abspath(a.molt), os.path.abspath(a.src))
    for f in FAILURES:
        print("FAIL " + f)
    print("%s: %s" % (a.suite, "%d failure(s)" % len(FAILURES) if FAILURES else "ok"))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
