#!/usr/bin/env python3
"""nvim_run.py — the Neovim test: runs nvim_client.lua in `nvim --headless
--clean` with the repository's editors/nvim on the runtimepath and checks
exactly the diagnostics Neovim received from `molt lsp`.

Usage: nvim_run.py --molt BUILD/molt --nvim nvim --src REPO
"""
import argparse, json, os, subprocess, sys, tempfile

SOURCE = 'x = eval("1")\nprint(x)\n'
# What molt reports for SOURCE (docs/diagnostics.md, U201), as Neovim keeps
# it: 0-based lnum/col, severity 1 = ERROR, message then hint.
EXPECTED = [{
    "code": "U201", "lnum": 0, "col": 4, "end_col": 8, "severity": 1, "source": "molt",
    "message": "eval() is not supported: it runs code that does not exist at compile time\n"
               "hint: molt compiles the whole program ahead of time; write the code directly",
}]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--molt", required=True)
    ap.add_argument("--nvim", required=True)
    ap.add_argument("--src", required=True)
    args = ap.parse_args()
    if not args.nvim or args.nvim.endswith("-NOTFOUND"):
        print("SKIP: nvim is not installed (scripts/deps installs Debian's neovim)")
        sys.exit(77)  # SKIP_RETURN_CODE in tests/editors/CMakeLists.txt
    with tempfile.TemporaryDirectory(prefix="molt-nvim-") as tmp:
        py = os.path.join(tmp, "a.py")
        out = os.path.join(tmp, "out.json")
        with open(py, "w") as f:
            f.write(SOURCE)
        # A project root marker and the manifest setup() names (empty: no effect on diagnostics).
        with open(os.path.join(tmp, "molt.capabilities.json"), "w") as f:
            f.write("{}\n")
        env = dict(os.environ, MOLT=os.path.abspath(args.molt), MOLT_PY=py, MOLT_OUT=out,
                   XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CACHE_HOME=tmp)  # lsp.log etc. stay in tmp
        rtp = os.path.join(os.path.abspath(args.src), "editors", "nvim")
        cmd = [args.nvim, "--headless", "--clean", "--cmd", "set rtp^=" + rtp,
               "-c", "luafile " + os.path.join(os.path.abspath(args.src), "tests", "editors", "nvim_client.lua")]
        try:
            p = subprocess.run(cmd, env=env, cwd=tmp, capture_output=True, text=True, timeout=90)
        except subprocess.TimeoutExpired:
            sys.exit("FAIL: nvim did not quit within 90 s")
        if not os.path.exists(out):
            sys.exit(f"FAIL: nvim wrote no result (exit {p.returncode})\nstdout: {p.stdout}\nstderr: {p.stderr}")
        with open(out) as f:
            got = json.load(f)
        root = os.path.realpath(tmp)
    print(json.dumps(got, indent=1))
    failures = []
    if "error" in got:
        failures.append("the Lua script failed: " + got["error"])
    if got.get("clients") != ["molt"]:
        failures.append(f"attached clients: {got.get('clients')}, expected ['molt']")
    if os.path.realpath(got.get("root_dir") or "/") != root:
        failures.append(f"root_dir {got.get('root_dir')}, expected {root} (where molt.capabilities.json is)")
    if os.path.realpath(got.get("manifest") or "/") != os.path.join(root, "molt.capabilities.json"):
        failures.append(f"initializationOptions.capabilities {got.get('manifest')}, expected the root's manifest")
    if not got.get("opened"):
        failures.append("no diagnostics arrived after opening the file")
    if got.get("open") != EXPECTED:
        failures.append(f"diagnostics after opening:\n  got      {got.get('open')}\n  expected {EXPECTED}")
    if not got.get("cleared") or got.get("fixed"):
        failures.append(f"diagnostics after the fix: {got.get('fixed')}, expected none")
    if failures:
        sys.exit("FAIL: " + "\n".join(failures))
    print("nvim: ok")


if __name__ == "__main__":
    main()
