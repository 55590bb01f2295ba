#!/usr/bin/env python3
"""test_lsp.py — protocol tests for `molt lsp`, driven over stdio.

    test_lsp.py --molt build/molt GROUP     run one group (ctest runs each as lsp/GROUP)
    test_lsp.py --molt build/molt --list    list the groups

Every test asserts exact values (ranges, codes, error numbers), so a wrong
position conversion or a missing error fails it. With --valgrind the server
runs under valgrind and any memory error fails the group."""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import LspError, Server, frame, rng  # noqa: E402

MOLT = None
VALGRIND = None
GROUPS = {}
TMP = None


def test(group_name):
    def register(fn):
        GROUPS.setdefault(group_name, []).append(fn)
        return fn
    return register


SERVERS = []


def server():
    s = Server(MOLT, valgrind=VALGRIND)
    SERVERS.append(s)  # killed after the test if it is still running
    return s


def started(encodings=None, options=None, capabilities=None):
    """A server after initialize/initialized, diagnostics not debounced."""
    s = server()
    opts = {"debounceMs": 0}
    opts.update(options or {})
    s.initialize(encodings=encodings, options=opts, capabilities=capabilities)
    s.wait_for(lambda m: m.get("method") == "window/logMessage", what="the ready message")
    return s


def summary(diags):
    """(code, start line, start char, end line, end char) of each diagnostic."""
    return [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"],
             d["range"]["end"]["line"], d["range"]["end"]["character"]) for d in diags]


def eq(got, want, what=""):
    if got != want:
        raise AssertionError(f"{what}\n  got:  {got!r}\n  want: {want!r}")


def error_code(resp):
    assert "error" in resp, f"expected an error response, got {resp}"
    return resp["error"]["code"]


def uri_of(name):
    return "file://" + os.path.join(TMP, name)


def td(uri):
    return {"textDocument": {"uri": uri}}


def hover(s, uri, line, ch):
    r = s.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": line, "character": ch}})
    return r and r["contents"]["value"]


def finish(s, code=0):
    eq(s.shutdown_and_exit(), code, "exit status; stderr:\n" + s.stderr.decode(errors="replace")[-4000:])
    eq(s.bad_frames, [], "output that is not LSP framing")


# ---- lifecycle ----------------------------------------------------------------

@test("lifecycle")
def initialize_result():
    s = server()
    r = s.initialize()
    caps = r["capabilities"]
    eq(caps["positionEncoding"], "utf-16", "default encoding")
    eq(caps["textDocumentSync"], {"openClose": True, "change": 2, "save": {"includeText": False}})
    eq(caps["hoverProvider"], True)
    eq(caps["documentSymbolProvider"], True)
    eq(caps["codeActionProvider"], {"codeActionKinds": ["quickfix"]})
    eq(caps["diagnosticProvider"]["workspaceDiagnostics"], False)
    eq(r["serverInfo"]["name"], "molt")
    finish(s)


@test("lifecycle")
def before_initialize():
    s = server()
    eq(error_code(s.response(s.request("textDocument/hover", {"textDocument": {"uri": "file:///x.py"},
                                                              "position": {"line": 0, "character": 0}}))), -32002)
    eq(error_code(s.response(s.request("shutdown"))), -32002, "shutdown before initialize")
    # A notification before initialize is dropped: the document stays unknown.
    s.open("file:///tmp/early.py", "eval('1')\n")
    s.initialize(options={"debounceMs": 0})
    r = s.response(s.request("textDocument/diagnostic", td("file:///tmp/early.py")))
    eq(error_code(r), -32602, "document opened before initialize")
    finish(s)


@test("lifecycle")
def initialize_twice():
    s = started()
    eq(error_code(s.response(s.request("initialize", {"capabilities": {}}))), -32600)
    finish(s)


@test("lifecycle")
def after_shutdown():
    s = started()
    eq(s.call("shutdown"), None)
    eq(error_code(s.response(s.request("textDocument/documentSymbol", td("file:///a.py")))), -32600)
    eq(error_code(s.response(s.request("shutdown"))), -32600, "second shutdown")
    s.open("file:///tmp/late.py", "eval('1')\n")  # ignored
    s.no_message(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    s.notify("exit")
    eq(s.wait_exit(), 0, "exit after shutdown")


@test("lifecycle")
def exit_without_shutdown():
    s = started()
    s.notify("exit")
    eq(s.wait_exit(), 1, "exit without shutdown")


@test("lifecycle")
def eof_without_exit():
    s = started()
    s.close_stdin()
    eq(s.wait_exit(), 1, "end of input without exit")


@test("lifecycle")
def unknown_methods():
    s = started()
    eq(error_code(s.response(s.request("molt/noSuchThing", {}))), -32601)
    eq(error_code(s.response(s.request("$/noSuchThing", {}))), -32601, "$/ request")
    s.notify("molt/noSuchNotification", {})
    s.notify("$/setTrace", {"value": "off"})
    s.notify("$/progress", {"token": 1, "value": {}})
    eq(s.call("textDocument/documentSymbol", td("file:///nothing.py")), None)
    eq(s.response(s.request("shutdown", None, id="str-id"))["id"], "str-id", "string ids are echoed")
    s.notify("exit")
    eq(s.wait_exit(), 0)


@test("lifecycle")
def cancel_request():
    s = started()
    uri = uri_of("cancel.py")
    s.open(uri, "x = 1\n")
    s.diagnostics(uri)
    # The request and its cancellation arrive together: the request is
    # answered with RequestCancelled instead of running.
    req = {"jsonrpc": "2.0", "id": 77, "method": "textDocument/documentSymbol", "params": td(uri)}
    cancel = {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 77}}
    s.send_raw(frame(req) + frame(cancel))
    eq(error_code(s.response(77)), -32800)
    s.notify("$/cancelRequest", {"id": 12345})  # unknown id: ignored
    eq(len(s.call("textDocument/documentSymbol", td(uri))), 1)
    finish(s)


@test("lifecycle")
def logs_not_on_stdout():
    s = started()
    s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///never.py", "version": 2},
                                        "contentChanges": [{"text": "x"}]})
    log = s.notification("window/logMessage")
    assert "not open" in log["message"], log
    eq(log["type"], 2)
    finish(s)
    assert b"ready" in s.stderr and b"not open" in s.stderr, s.stderr


# ---- position encodings ----------------------------------------------------------

@test("encoding")
def negotiation():
    for offered, want in ((["utf-8", "utf-16"], "utf-8"), (["utf-16", "utf-8"], "utf-8"), (["utf-32", "utf-16"], "utf-16"),
                          ([], "utf-16"), (None, "utf-16")):
        s = server()
        eq(s.initialize(encodings=offered)["capabilities"]["positionEncoding"], want, f"offered {offered}")
        finish(s)


LINE = 'x = "é😀中"; eval("1")\n'  # é: 2 bytes/1 unit, 😀: 4 bytes/2 units, 中: 3 bytes/1 unit


@test("encoding")
def diagnostics_utf16():
    s = started(encodings=["utf-16"])
    uri = uri_of("enc16.py")
    s.open(uri, LINE)
    eq(summary(s.diagnostics(uri)), [("U201", 0, 12, 0, 16)])
    finish(s)


@test("encoding")
def diagnostics_utf8():
    s = started(encodings=["utf-8", "utf-16"])
    uri = uri_of("enc8.py")
    s.open(uri, LINE)
    eq(summary(s.diagnostics(uri)), [("U201", 0, 17, 0, 21)])
    finish(s)


@test("encoding")
def edits_in_multibyte_text():
    for enc, col in (("utf-16", 9), ("utf-8", 12)):  # after "import é中"
        s = started(encodings=[enc])
        uri = uri_of("mb.py")
        s.open(uri, "import é中x\n")
        d = s.diagnostics(uri, 1)
        assert "'é中x'" in d[0]["message"], d
        s.change(uri, 2, [{"range": rng(0, col, 0, col), "text": "Q"}])
        d = s.diagnostics(uri, 2)
        assert "'é中Qx'" in d[0]["message"], d
        eq(summary(d), [("U206", 0, 7, 0, 11 if enc == "utf-16" else 14)], enc)
        finish(s)


@test("encoding")
def position_inside_a_character():
    # UTF-16: (0, 6) is between the surrogate halves of 😀 (units 5 and 6):
    # it means the start of the emoji, so the deletion takes the whole emoji.
    s = started(encodings=["utf-16"])
    uri = uri_of("sur.py")
    s.open(uri, 's = "😀"; eval("1")\n')
    eq(summary(s.diagnostics(uri, 1)), [("U201", 0, 10, 0, 14)])
    s.change(uri, 2, [{"range": rng(0, 6, 0, 7), "text": ""}])
    eq(summary(s.diagnostics(uri, 2)), [("U201", 0, 8, 0, 12)])
    finish(s)
    # UTF-8: (0, 6) is inside the emoji's 4 bytes (5..8): its start.
    s = started(encodings=["utf-8"])
    s.open(uri, 's = "😀"; eval("1")\n')
    eq(summary(s.diagnostics(uri, 1)), [("U201", 0, 12, 0, 16)])
    s.change(uri, 2, [{"range": rng(0, 6, 0, 9), "text": ""}])
    eq(summary(s.diagnostics(uri, 2)), [("U201", 0, 8, 0, 12)])
    finish(s)


@test("encoding")
def hover_after_emoji():
    s = started(encodings=["utf-16"])
    uri = uri_of("hov.py")
    s.open(uri, 's = "😀😀"; t = 1\nprint(t)\n')
    s.diagnostics(uri)
    # s = "😀😀"; t: each emoji is two UTF-16 units, so t is at 12.
    h = s.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 12}})
    assert h and "(variable) t: int" in h["contents"]["value"], h
    eq(h["range"], rng(0, 12, 0, 13))
    finish(s)


@test("encoding")
def crlf_lines():
    s = started()
    uri = uri_of("crlf.py")
    s.open(uri, "x = 1\r\ny = 2\r\neval('1')\r\n")
    eq(summary(s.diagnostics(uri, 1)), [("U201", 2, 0, 2, 4)])
    s.change(uri, 2, [{"range": rng(1, 5, 2, 0), "text": "\r\n\r\n"}])  # a blank line before eval
    eq(summary(s.diagnostics(uri, 2)), [("U201", 3, 0, 3, 4)])
    finish(s)


# ---- incremental text synchronisation --------------------------------------------

@test("sync")
def edits_spanning_lines():
    s = started()
    uri = uri_of("span.py")
    s.open(uri, "a = 1\nb = 2\nc = 3\nprint(a)\n")
    eq(s.diagnostics(uri, 1), [])
    # Replace from the middle of line 0 to the middle of line 2 with two lines.
    s.change(uri, 2, [{"range": rng(0, 4, 2, 3), "text": "eval('1')\nimport nosuch\nz ="}])
    eq(summary(s.diagnostics(uri, 2)), [("U201", 0, 4, 0, 8), ("U206", 1, 7, 1, 13)])
    # Join lines 0 and 1 back: delete from end of line 0 through line 1.
    s.change(uri, 3, [{"range": rng(0, 13, 1, 13), "text": ""}])
    eq(summary(s.diagnostics(uri, 3)), [("U201", 0, 4, 0, 8)])
    finish(s)


@test("sync")
def several_changes_in_order():
    s = started()
    uri = uri_of("many.py")
    s.open(uri, "x = 1\n")
    s.diagnostics(uri, 1)
    s.change(uri, 2, [{"range": rng(1, 0, 1, 0), "text": "eval('2')\n"},   # line 1
                      {"range": rng(0, 0, 0, 0), "text": "exec('3')\n"},   # line 0, pushes eval to 2
                      {"range": rng(2, 0, 2, 4), "text": "globals"}])     # eval -> globals
    eq(summary(s.diagnostics(uri, 2)), [("U201", 0, 0, 0, 4), ("U202", 2, 0, 2, 7)])
    finish(s)


@test("sync")
def full_text_change():
    s = started()
    uri = uri_of("full.py")
    s.open(uri, "eval('1')\n")
    eq(summary(s.diagnostics(uri, 1)), [("U201", 0, 0, 0, 4)])
    s.change(uri, 2, [{"text": "y = 2\n\n  \nexec('1')\n"}])
    eq(summary(s.diagnostics(uri, 2)), [("U201", 3, 0, 3, 4)])
    s.change(uri, 3, [{"range": rng(3, 0, 3, 0), "text": "# "}])
    eq(s.diagnostics(uri, 3), [])
    finish(s)


@test("sync")
def typing_character_by_character():
    # Incremental reparses must give what a fresh parse of the same text gives.
    s = started()
    uri = uri_of("typing.py")
    s.open(uri, "")
    s.diagnostics(uri, 1)
    text = "def f(a):\n    return eval(a)\nprint(f('1'))\n"
    line = ch = 0
    for i, c in enumerate(text):
        s.change(uri, i + 2, [{"range": rng(line, ch, line, ch), "text": c}])
        d = s.diagnostics(uri, i + 2)
        if c == "\n":
            line, ch = line + 1, 0
        else:
            ch += 1
    eq(summary(d), [("U201", 1, 11, 1, 15)])
    for i in range(len(text), 0, -1):  # and delete it all again, backwards
        prefix = text[:i - 1]
        l, c = prefix.count("\n"), len(prefix) - (prefix.rfind("\n") + 1)
        end = (l, c + 1) if text[i - 1] != "\n" else (l + 1, 0)
        s.change(uri, 1000 + i, [{"range": rng(l, c, end[0], end[1]), "text": ""}])
        d = s.diagnostics(uri, 1000 + i)
        if i == 1:
            eq(d, [], "empty document")
    finish(s)


def utf16_pos(text, offset):
    """The LSP (UTF-16) position of a str offset."""
    before = text[:offset]
    line = before.count("\n")
    col = before[before.rfind("\n") + 1:]
    return line, len(col.encode("utf-16-le")) // 2


def full_diags(d):
    return [(x["code"], x["range"]["start"]["line"], x["range"]["start"]["character"], x["range"]["end"]["line"],
             x["range"]["end"]["character"], x["message"]) for x in d]


@test("sync")
def random_edits_match_fresh_parse():
    # Random edits (multi-byte characters, newlines, brackets, deletions)
    # applied incrementally must give exactly the diagnostics of the same
    # text opened afresh in a second document.
    import random
    rnd = random.Random(3)
    s = started(encodings=["utf-16"])
    inc, ref = uri_of("inc.py"), uri_of("ref.py")
    text = ("import math\nclass Point:\n    def __init__(self, x):\n        self.x = x  # é\n"
            "def norm(p):\n    return math.sqrt(p.x * p.x)\nprint(norm(Point(3.0)), '中😀')\n")
    s.open(inc, text)
    s.diagnostics(inc, 1)
    pieces = ["x", " ", "\n", "(", ")", ":", "é", "中", "😀", "eval(", "'", "    ", "def ", "#", "1j", "\n\n"]
    for v in range(2, 202):
        a = rnd.randrange(len(text) + 1)
        b = min(len(text), a + rnd.choice([0, 0, 1, 2, 5]))
        new = rnd.choice(pieces) if rnd.random() < 0.7 else ""
        (l0, c0), (l1, c1) = utf16_pos(text, a), utf16_pos(text, b)
        text = text[:a] + new + text[b:]
        s.change(inc, v, [{"range": rng(l0, c0, l1, c1), "text": new}])
        got = full_diags(s.diagnostics(inc, v))
        s.open(ref, text, version=v)
        want = full_diags(s.diagnostics(ref, v))
        eq(got, want, f"edit {v}: text {text!r}")
    finish(s)


@test("sync")
def close_clears_diagnostics():
    s = started()
    uri = uri_of("close.py")
    s.open(uri, "eval('1')\n")
    eq(len(s.diagnostics(uri, 1)), 1)
    s.notify("textDocument/didClose", td(uri))
    eq(s.diagnostics(uri), [], "diagnostics after close")
    eq(error_code(s.response(s.request("textDocument/diagnostic", td(uri)))), -32602, "pull after close")
    finish(s)


# ---- diagnostics ------------------------------------------------------------------

@test("diagnostics")
def appear_and_disappear():
    s = started()
    uri = uri_of("appear.py")
    s.open(uri, "x = 1\nprint(x)\n", version=5)
    eq(s.diagnostics(uri, 5), [])
    s.change(uri, 6, [{"range": rng(1, 6, 1, 7), "text": "eval('x')"}])
    d = s.diagnostics(uri, 6)
    eq(summary(d), [("U201", 1, 6, 1, 10)])
    eq(d[0]["severity"], 1)
    eq(d[0]["source"], "molt")
    assert d[0]["codeDescription"]["href"].endswith("docs/diagnostics.md#u201-dynamic-code"), d[0]
    assert d[0]["message"].startswith("eval() is not supported") and "\nhint: " in d[0]["message"], d[0]
    s.change(uri, 7, [{"range": rng(1, 6, 1, 15), "text": "x"}])
    eq(s.diagnostics(uri, 7), [])
    finish(s)


@test("diagnostics")
def suppression_comments():
    # the same `# molt: ignore[...]` handling as molt check, and its warnings
    s = started()
    uri = uri_of("suppress.py")
    s.open(uri, "x = eval('1')  # molt: ignore[U201]\ny = eval('2')  # molt: ignore[U9999]\n")
    eq(summary(s.diagnostics(uri)), [("U201", 1, 4, 1, 8), ("W501", 1, 30, 1, 35)])
    finish(s)


@test("diagnostics")
def syntax_errors():
    s = started()
    uri = uri_of("syn.py")
    s.open(uri, "def f(:\n    pass\nx = (1,\n")
    d = s.diagnostics(uri)
    eq(summary(d), [("S101", 0, 5, 0, 6), ("S101", 2, 4, 2, 5)])
    eq(d[0]["message"], "'(' was never closed\nhint: add the closing bracket")
    s.change(uri, 2, [{"range": rng(0, 6, 0, 6), "text": ")"}])
    eq(summary(s.diagnostics(uri, 2)), [("S101", 2, 4, 2, 5)])
    finish(s)


@test("diagnostics")
def same_as_molt_check():
    text = ("import json\nimport helper\nfrom math import nothing_here\n"
            "def f():\n    global q\n    return globals()\nclass A(B, C): pass\nx = 1j\n"
            "async def g(): pass\nprint(f'{eval(\"1\")}')\nmatch x:\n    case 1: pass\n")
    path = os.path.join(TMP, "same.py")
    with open(path, "w") as f:
        f.write(text)
    with open(os.path.join(TMP, "helper.py"), "w") as f:
        f.write("y = 1\n")
    out = subprocess.run([MOLT, "check", "--format", "json", path], capture_output=True, text=True)
    want = [(d["code"], d["line"] - 1, d["column"] - 1, d["message"] + ("\nhint: " + d["hint"] if "hint" in d else ""))
            for d in json.loads(out.stdout) if d["path"] == path]
    assert len(want) >= 6, want
    s = started()
    s.open("file://" + path, text)
    got = [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"], d["message"])
           for d in s.diagnostics("file://" + path)]
    eq(got, want, "molt lsp vs molt check")
    finish(s)


@test("diagnostics")
def debounced_while_typing():
    s = started(options={"debounceMs": 300})
    uri = uri_of("debounce.py")
    s.open(uri, "x = 1\n")
    eq(s.diagnostics(uri, 1), [], "open is not debounced")
    batch = b"".join(frame({"jsonrpc": "2.0", "method": "textDocument/didChange",
                            "params": {"textDocument": {"uri": uri, "version": v},
                                       "contentChanges": [{"range": rng(0, 4, 0, 5), "text": str(v)}]}})
                     for v in range(2, 7))
    s.send_raw(batch + frame({"jsonrpc": "2.0", "method": "textDocument/didChange",
                              "params": {"textDocument": {"uri": uri, "version": 7},
                                         "contentChanges": [{"range": rng(0, 4, 0, 5), "text": "eval('7')"}]}}))
    p = s.notification("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
    eq(p["version"], 7, "only the last version is published")
    eq(summary(p["diagnostics"]), [("U201", 0, 4, 0, 8)])
    finish(s)


@test("diagnostics")
def pull_diagnostics():
    s = started(options={"pushDiagnostics": False})
    uri = uri_of("pull.py")
    s.open(uri, "eval('1')\n")
    r = s.call("textDocument/diagnostic", td(uri))
    eq(r["kind"], "full")
    eq(summary(r["items"]), [("U201", 0, 0, 0, 4)])
    r2 = s.call("textDocument/diagnostic", dict(td(uri), previousResultId=r["resultId"]))
    eq(r2, {"kind": "unchanged", "resultId": r["resultId"]})
    s.change(uri, 2, [{"range": rng(0, 0, 0, 4), "text": "print"}])
    r3 = s.call("textDocument/diagnostic", dict(td(uri), previousResultId=r["resultId"]))
    eq(r3["kind"], "full")
    eq(r3["items"], [])
    assert r3["resultId"] != r["resultId"]
    s.no_message(lambda m: m.get("method") == "textDocument/publishDiagnostics", 0.3)
    finish(s)


@test("diagnostics")
def save_watched_files_and_configuration():
    s = started(capabilities={"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}})
    reg = s.wait_for(lambda m: m.get("method") == "client/registerCapability", what="watcher registration")
    eq(reg["params"]["registrations"][0]["registerOptions"]["watchers"], [{"globPattern": "**/*.py"}])
    s.send({"jsonrpc": "2.0", "id": reg["id"], "result": None})  # our answer is accepted silently
    uri = uri_of("watch.py")
    mod = os.path.join(TMP, "watched_mod.py")
    if os.path.exists(mod):
        os.unlink(mod)
    s.open(uri, "import watched_mod\n")
    eq(summary(s.diagnostics(uri, 1)), [("U206", 0, 7, 0, 18)])
    with open(mod, "w") as f:
        f.write("x = 1\n")
    s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": "file://" + mod, "type": 1}]})
    eq(s.diagnostics(uri, 1), [], "after the module appears")
    os.unlink(mod)
    s.notify("textDocument/didSave", td(uri))
    eq(summary(s.diagnostics(uri, 1)), [("U206", 0, 7, 0, 18)], "after save")
    s.notify("workspace/didChangeConfiguration", {"settings": {}})
    eq(summary(s.diagnostics(uri, 1)), [("U206", 0, 7, 0, 18)], "after a configuration change")
    finish(s)


# ---- hover -------------------------------------------------------------------------

HOVER_SRC = '''import math
from math import pi
x = 1
y = 2.5
class Point:
    """A point."""
    def __init__(self, px):
        self.px = px
def add(a, b):
    """Adds two numbers."""
    t = a + b
    return t
print(add(1, 2), x, y, pi, math.sqrt(4.0))
'''


@test("hover")
def hover_names():
    s = started()
    uri = uri_of("hover.py")
    s.open(uri, HOVER_SRC)
    eq(s.diagnostics(uri), [])
    cases = [
        ((2, 0), "(variable) x: int", "Global variable of the module."),
        ((3, 0), "(variable) y: float", "Global variable"),
        ((10, 4), "(variable) t: int", "Local variable of `add`."),
        ((8, 8), "(parameter) a: int", "Parameter of `add`."),
        ((8, 5), "(function) def add(a, b)", "Adds two numbers."),
        ((12, 7), "(function) def add(a, b)", "Adds two numbers."),
        ((4, 7), "(class) class Point", "A point."),
        ((6, 9), "(method) def __init__(self, px)", "Defined in `Point`."),
        ((12, 0), "(builtin) print", "Builtin"),
        ((0, 8), "(module) math", "Imported: `math`."),
        ((12, 24), "(module) pi  # math.pi", "Imported: `math.pi`."),
        ((12, 33), "(attribute) sqrt", "run time"),
    ]
    for (line, ch), head, text in cases:
        h = hover(s, uri, line, ch)
        assert h and h.startswith("```python\n" + head + "\n```"), f"hover at {line}:{ch}: {h!r}"
        assert text in h, f"hover at {line}:{ch}: {h!r}"
    h = s.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 10, "character": 4}})
    eq(h["range"], rng(10, 4, 10, 5))
    eq(hover(s, uri, 11, 0), None, "indentation")
    eq(hover(s, uri, 50, 0), None, "past the end")
    eq(hover(s, "file:///not/open.py", 0, 0), None, "a document never opened")
    finish(s)


@test("hover")
def hover_decorators_and_comprehensions():
    s = started()
    uri = uri_of("deco.py")
    s.open(uri, "def deco(f):\n    return f\n@deco\ndef g(x=[i for i in range(3)]):\n    return x\n"
                "class C:\n    @staticmethod\n    def s():\n        return 1\nprint(g(), C.s())\n")
    eq(s.diagnostics(uri), [])
    for (line, ch), head in (((2, 2), "(function) def deco(f)"), ((3, 10), "(variable) i"),
                             ((6, 6), "(builtin) staticmethod"), ((7, 8), "(method) def s()"),
                             ((9, 11), "(class) class C"), ((9, 13), "(attribute) s")):
        h = hover(s, uri, line, ch)
        assert h and h.split("\n")[1] == head, f"hover at {line}:{ch}: {h!r}"
    finish(s)


@test("hover")
def hover_guard_costs():
    # the release build's guard costs for the expression under the cursor
    s = started()
    uri = uri_of("guards.py")
    s.open(uri, "def total(vals):\n    t = 0.0\n    for v in vals:\n        t += v * 2.0\n    return t\n"
                "print(total([1.5]))\n")
    eq(s.diagnostics(uri), [])
    h = hover(s, uri, 3, 13)  # on v in `t += v * 2.0`
    assert h and "**G401** 'v' is checked to be a float at run time (cost 1, loop depth 1)" in h, h
    assert "g401-float-guard" in h, h
    h = hover(s, uri, 1, 4)  # t = 0.0: a proven float, no guard
    assert h and "G40" not in h, h
    finish(s)


@test("hover")
def hover_with_errors():
    s = started()
    uri = uri_of("hovererr.py")
    s.open(uri, "n = 1\nr = eval('n')\nz = 1j\n")
    eq(summary(s.diagnostics(uri)), [("U201", 1, 4, 1, 8), ("U217", 2, 4, 2, 6)])
    h = hover(s, uri, 0, 0)
    assert h.startswith("```python\n(variable) n\n```") and "once the file has no errors" in h, h
    h = hover(s, uri, 1, 5)
    assert h.startswith("```python\n(undefined) eval\n```"), h
    assert "**U201** eval() is not supported" in h and "#u201-dynamic-code)" in h, h
    h = s.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 5}})
    assert h and h["contents"]["value"].startswith("**U217**"), h
    eq(h["range"], rng(2, 4, 2, 6), "the diagnostic's range")
    r = s.response(s.request("textDocument/hover", td(uri)))
    eq(error_code(r), -32602, "hover without a position")
    finish(s)


# ---- document symbols ----------------------------------------------------------------

SYMBOLS_SRC = '''MAX = 10
count = 0
class Shape:
    sides = 0
    def area(self):
        def helper():
            return 1
        return helper()
def f(a, *rest, k=1) -> int:
    local = 1
    return local
if count:
    extra, (more, *rest) = 1, (2, 3)
count = 1
'''


@test("symbols")
def outline():
    s = started()
    uri = uri_of("sym.py")
    s.open(uri, SYMBOLS_SRC)
    syms = s.call("textDocument/documentSymbol", td(uri))

    def shape(ss):
        return [(x["name"], x["kind"], shape(x.get("children", []))) for x in ss]
    eq(shape(syms), [("MAX", 14, []), ("count", 13, []),
                     ("Shape", 5, [("sides", 8, []), ("area", 6, [("helper", 12, [])])]),
                     ("f", 12, []), ("extra", 13, []), ("more", 13, []), ("rest", 13, [])])
    eq(syms[2].get("detail"), None, "a class without bases")
    eq(syms[2]["children"][1]["detail"], "(self)")
    eq(syms[3]["detail"], "(a, *rest, k=1) -> int")
    shape_sym = syms[2]
    eq(shape_sym["range"], rng(2, 0, 7, 23))
    eq(shape_sym["selectionRange"], rng(2, 6, 2, 11))
    eq(shape_sym["children"][1]["selectionRange"], rng(4, 8, 4, 12))
    eq(syms[0]["range"], rng(0, 0, 0, 8))
    eq(syms[0]["selectionRange"], rng(0, 0, 0, 3))
    finish(s)


# ---- code actions --------------------------------------------------------------------

def actions(s, uri, r, only=None):
    ctx = {"diagnostics": []}
    if only is not None:
        ctx["only"] = only
    return s.call("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": r, "context": ctx})


@test("codeaction")
def ignore_comment():
    s = started()
    uri = uri_of("ca.py")
    s.open(uri, 's = "é😀"; eval("1")\nimport nosuch  # molt: ignore[U201]\nx = """\n' + "eval('1')\n" +
           '"""; exec("2")\n')
    # s = "é😀"; eval: é is one UTF-16 unit, 😀 two, so eval starts at 11.
    eq(summary(s.diagnostics(uri)), [("U201", 0, 11, 0, 15), ("U206", 1, 7, 1, 13), ("U201", 4, 5, 4, 9)])
    a = actions(s, uri, rng(0, 12, 0, 12))
    eq(len(a), 1)
    eq(a[0]["kind"], "quickfix")
    eq(a[0]["title"], "Ignore U201 on this line (# molt: ignore[U201])")
    eq(summary(a[0]["diagnostics"]), [("U201", 0, 11, 0, 15)])
    eq(a[0]["edit"], {"changes": {uri: [{"range": rng(0, 20, 0, 20), "newText": "  # molt: ignore[U201]"}]}})
    a = actions(s, uri, rng(1, 0, 1, 3))
    eq(a[0]["edit"]["changes"][uri], [{"range": rng(1, 34, 1, 34), "newText": ", U206"}], "added to the comment")
    eq(actions(s, uri, rng(0, 0, 0, 20), only=["refactor"]), [], "only refactorings asked for")
    eq(len(actions(s, uri, rng(0, 0, 0, 0))), 1, "the cursor elsewhere on the line")
    eq(len(actions(s, uri, rng(0, 0, 4, 0))), 3, "a range over several lines")
    eq(actions(s, uri, rng(3, 0, 3, 1)), [], "inside a string: no diagnostic")
    finish(s)


@test("codeaction")
def not_inside_multiline_string():
    s = started()
    uri = uri_of("ca2.py")
    s.open(uri, 'x = eval("""1\n""")\n')
    eq(summary(s.diagnostics(uri)), [("U201", 0, 4, 0, 8)])
    eq(actions(s, uri, rng(0, 5, 0, 5)), [], "the line ends inside a string")
    finish(s)


# ---- robustness ------------------------------------------------------------------------

def still_alive(s):
    eq(s.call("textDocument/documentSymbol", td("file:///none.py")), None, "the server still answers")


def parse_error(s, raw, code=-32700, what=""):
    s.send_raw(raw)
    r = s.wait_for(lambda m: "error" in m and m.get("id") is None, what=f"an error for {what}")
    eq(r["error"]["code"], code, what)
    still_alive(s)


@test("robustness")
def malformed_headers():
    s = started()
    body = b'{"jsonrpc":"2.0","method":"x"}'
    parse_error(s, b"Content-Length 30\r\n\r\n" + body, what="a header without a colon")
    parse_error(s, b"Content-Type: application/json\r\n\r\n" + body, what="no Content-Length")
    parse_error(s, b"Content-Length: -5\r\n\r\n" + body, what="a negative Content-Length")
    parse_error(s, b"Content-Length: 99999999999999999999\r\n\r\n" + body, what="a huge Content-Length")
    parse_error(s, b"Content-Length: 12abc\r\n\r\n" + body, what="a Content-Length that is not a number")
    parse_error(s, b"x" * 20000, what="20000 bytes of garbage")
    parse_error(s, b"Content-Length: 5\r\n\r\n" + body, what="a Content-Length shorter than the body")
    parse_error(s, b"garbage\r\n", what="a garbage line before a header")
    finish(s)


@test("robustness")
def invalid_json_and_requests():
    s = started()
    parse_error(s, frame(b'{"jsonrpc": "2.0", "id": 1, "method": '), what="truncated JSON")
    parse_error(s, frame(b'{"jsonrpc": "2.0"} trailing'), what="trailing bytes")
    parse_error(s, frame(b'\xff\xfe'), what="not UTF-8 JSON")
    parse_error(s, frame(b""), what="an empty body")
    parse_error(s, frame(b"[]"), -32600, "a batch")
    parse_error(s, frame(b"42"), -32600, "a number")
    parse_error(s, frame({"jsonrpc": "2.0", "id": {"a": 1}, "method": "shutdown"}), -32600, "an object id")
    parse_error(s, frame({"jsonrpc": "2.0", "id": None, "method": "shutdown"}), -32600, "a null id")
    for msg, what in (({"jsonrpc": "1.0", "id": 5, "method": "shutdown"}, "jsonrpc 1.0"),
                      ({"id": 5, "method": "shutdown"}, "no jsonrpc"),
                      ({"jsonrpc": "2.0", "id": 5, "method": 17}, "a numeric method"),
                      ({"jsonrpc": "2.0", "id": 5}, "no method"),
                      ({"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": "x"}, "string params")):
        s.send(msg)
        eq(error_code(s.response(5)), -32600, what)
    s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": 3})  # a bad notification: logged
    still_alive(s)
    for params, what in (({}, "no textDocument"), ({"textDocument": {"uri": 1}, "position": {}}, "a numeric uri"),
                         ({"textDocument": {"uri": "file:///x.py"}, "position": {"line": -1, "character": 0}},
                          "a negative line"),
                         ({"textDocument": {"uri": "file:///x.py"}, "position": {"line": 0.5, "character": 0}},
                          "a fractional line")):
        eq(error_code(s.response(s.request("textDocument/hover", params))), -32602, what)
    finish(s)


@test("robustness")
def bad_ranges_and_unknown_documents():
    s = started()
    uri = uri_of("bad.py")
    s.open(uri, "x = 1\ny = 2\n")
    eq(s.diagnostics(uri, 1), [])
    # Past the last line: the end of the document.
    s.change(uri, 2, [{"range": rng(100, 0, 100, 5), "text": "eval('1')\n"}])
    eq(summary(s.diagnostics(uri, 2)), [("U201", 2, 0, 2, 4)])
    # Past the end of a line: the end of that line.
    s.change(uri, 3, [{"range": rng(0, 50, 0, 80), "text": "; exec('2')"}])
    eq(summary(s.diagnostics(uri, 3)), [("U201", 0, 7, 0, 11), ("U201", 2, 0, 2, 4)])
    # End before start: swapped (deletes "; exec('2')" again).
    s.change(uri, 4, [{"range": rng(0, 16, 0, 5), "text": ""}])
    eq(summary(s.diagnostics(uri, 4)), [("U201", 2, 0, 2, 4)])
    # Malformed changes are skipped, the good one in the same notification applies.
    s.change(uri, 5, [{"range": {"start": {"line": 0}}, "text": "zzz"}, {"range": rng(0, 0, 0, 0)},
                      {"range": rng(2, 0, 2, 4), "text": "print"}])
    eq(s.diagnostics(uri, 5), [])
    # Documents never opened.
    s.change("file:///never.py", 2, [{"text": "eval('1')"}])
    s.notify("textDocument/didClose", td("file:///never.py"))
    s.notify("textDocument/didSave", td("file:///never.py"))
    eq(error_code(s.response(s.request("textDocument/diagnostic", td("file:///never.py")))), -32602)
    eq(s.call("textDocument/codeAction", {"textDocument": {"uri": "file:///never.py"}, "range": rng(0, 0, 0, 0),
                                          "context": {"diagnostics": []}}), None)
    finish(s)


@test("robustness")
def hostile_text():
    s = started()
    uri = uri_of("hostile.py")
    s.open(uri, "x = 1\n")
    eq(s.diagnostics(uri, 1), [])
    # A lone surrogate cannot be decoded: the message is not valid JSON.
    parse_error(s, frame(b'{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": '
                         b'{"uri": "' + uri.encode() + b'", "version": 9}, "contentChanges": [{"text": "\\ud800"}]}}'),
                what="a lone surrogate")
    s.change(uri, 2, [{"text": "x = '\u00e9\U0001F600\x7f\x0c'\n\x0c\n"}])
    eq(s.diagnostics(uri, 2), [], "DEL and form feeds")
    s.change(uri, 2, [{"text": "(" * 5000 + "\n"}])
    eq(summary(s.diagnostics(uri, 2)), [("U299", 0, 200, 0, 201)], "deep nesting")
    s.change(uri, 3, [{"text": "def f():\n" + "".join("    " * i + "if x:\n" for i in range(1, 80)) + "    " * 80 + "pass\n"}])
    s.diagnostics(uri, 3)
    s.change(uri, 4, [{"text": "x = 1\n"}])
    eq(s.diagnostics(uri, 4), [])
    big = "".join(f"v{i} = {i}\n" for i in range(20000))
    s.change(uri, 5, [{"text": big}])
    eq(s.diagnostics(uri, 5), [])
    eq(len(s.call("textDocument/documentSymbol", td(uri))), 20000)
    finish(s)


@test("robustness")
def fuzzed_params():
    # Known methods with parameters of every wrong shape, and random bytes
    # between messages: the server answers each request (result or error)
    # and is still there at the end.
    import random
    rnd = random.Random(int(os.environ.get("MOLT_LSP_FUZZ_SEED", "7")))
    s = started()
    uri = uri_of("fuzz.py")
    s.open(uri, "def f(x):\n    return eval(x)\n")
    s.diagnostics(uri, 1)
    values = [None, True, -1, 0, 1, 2 ** 31, 2 ** 40, 1.5, -0.0, "", "x", uri, [], [1, "a"], {}, {"line": -3},
              {"line": 1, "character": 1}, {"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 99}},
              {"uri": uri}, {"uri": uri, "version": "7"}, "\ud83d\ude00" * 3]
    methods = ["textDocument/hover", "textDocument/documentSymbol", "textDocument/codeAction",
               "textDocument/diagnostic", "textDocument/didChange", "textDocument/didOpen", "textDocument/didSave",
               "textDocument/didClose", "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles",
               "$/cancelRequest", "initialized"]
    keys = ["textDocument", "position", "range", "context", "contentChanges", "text", "uri", "version", "settings",
            "changes", "id", "previousResultId", "only"]

    def shape(depth=0):
        if depth < 2 and rnd.random() < 0.4:
            return {rnd.choice(keys): shape(depth + 1) for _ in range(rnd.randrange(4))}
        return rnd.choice(values)
    pending = []
    for i in range(400):
        params = shape()
        if rnd.random() < 0.5:
            params = {"textDocument": {"uri": uri, "version": i}, **(params if isinstance(params, dict) else {})}
        if rnd.random() < 0.1:
            s.send_raw(bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 40))))
        if rnd.random() < 0.5:
            pending.append(s.request(rnd.choice(methods[:4]), params))
        else:
            s.notify(rnd.choice(methods), params)
    for rid in pending:
        r = s.wait_for(lambda m, rid=rid: m.get("id") == rid, what=f"the answer to {rid}")
        assert "result" in r or r["error"]["code"] in (-32602, -32600, -32700), r
    finish(s)


@test("robustness")
def eof_mid_message():
    s = started()
    s.send_raw(b'Content-Length: 100\r\n\r\n{"jsonrpc": "2.0", ')
    s.close_stdin()
    eq(s.wait_exit(), 1)
    assert b"ended in the middle of a message" in s.stderr, s.stderr
    s = started()
    s.send_raw(b"Content-Len")
    s.close_stdin()
    eq(s.wait_exit(), 1, "end inside a header")


def main():
    global MOLT, VALGRIND, TMP
    ap = argparse.ArgumentParser()
    ap.add_argument("--molt", required=True)
    ap.add_argument("--valgrind", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("groups", nargs="*")
    args = ap.parse_args()
    if args.list:
        print("\n".join(GROUPS))
        return 0
    MOLT = os.path.abspath(args.molt)
    if args.valgrind:
        supp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "valgrind.supp")
        VALGRIND = ["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full", "--errors-for-leak-kinds=definite",
                    "--suppressions=" + supp]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="molt-lsp-") as TMP:
        for g in args.groups or list(GROUPS):
            for fn in GROUPS[g]:
                t0 = time.monotonic()
                try:
                    fn()
                    print(f"ok   {g}/{fn.__name__} ({time.monotonic() - t0:.2f}s)")
                except Exception as e:  # noqa: BLE001 -- any failure fails this test only
                    failed += 1
                    print(f"FAIL {g}/{fn.__name__}: {e}")
                finally:
                    for srv in SERVERS:
                        srv.kill()
                    SERVERS.clear()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
