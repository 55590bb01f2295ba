#!/usr/bin/env python3
"""diff_run.py — one differential test: runs a program under CPython (the
oracle), then under molt in the dev profile (`molt run`) and the release
profile (`molt build` + the executable), and compares stdout, the last line
of stderr and the exit status. Prints a unified diff on any difference."""
import argparse
import difflib
import os
import subprocess
import sys

TIMEOUT = 60


def run(cmd, cwd, args):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run(cmd + args, cwd=cwd, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT after %ds" % TIMEOUT, -1
    return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def summary(out, err, rc):
    return (out or "").splitlines(keepends=True) + [
        "--- last stderr line: %s\n" % last_line(err), "--- exit status: %d\n" % rc]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--molt", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("program")
    ap.add_argument("args", nargs="*")
    a = ap.parse_args()
    prog = os.path.abspath(a.program)
    cwd = os.path.dirname(prog)
    name = os.path.splitext(os.path.basename(prog))[0]
    os.makedirs(a.work, exist_ok=True)
    exe = os.path.join(a.work, name + ".release")

    expected = run([sys.executable, prog], cwd, a.args)
    if expected[0] is None:
        print("python3 timed out on", prog)
        return 1
    want = summary(*expected)
    failed = False
    b_out, b_err, b_rc = run([a.molt, "build", "--profile", "release", prog, "-o", exe], cwd, [])
    candidates = [("dev (molt run)", run([a.molt, "run", prog], cwd, a.args))]
    if b_rc != 0:
        candidates.append(("release (molt build)", (b_out, b_err, b_rc)))
        print("release build failed:\n" + b_err)
    else:
        candidates.append(("release", run([exe], cwd, a.args)))
    for label, got in candidates:
        have = summary(*got)
        if have != want:
            failed = True
            print("MISMATCH in %s profile for %s" % (label, prog))
            sys.stdout.writelines(difflib.unified_diff(want, have, "python3", "molt " + label))
            if got[1] and last_line(got[1]) != last_line(expected[1]):
                print("--- full stderr (molt %s):\n%s" % (label, got[1][-3000:]))
    if os.path.exists(exe):
        os.remove(exe)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
