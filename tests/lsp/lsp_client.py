"""lsp_client.py — a small LSP client for driving `molt lsp` over stdio in
tests and benchmarks (standard library only). Every wait has a timeout, so
a server that hangs fails the test instead of stalling it."""

import json
import os
import queue
import subprocess
import threading
import time

TIMEOUT = float(os.environ.get("MOLT_LSP_TIMEOUT", "20"))


class LspError(AssertionError):
    pass


def frame(obj):
    body = json.dumps(obj).encode("utf-8") if not isinstance(obj, bytes) else obj
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    """One `molt lsp` process. Messages it sends are read by a thread and
    queued; helpers wait for a response or a notification."""

    def __init__(self, molt, args=("lsp",), valgrind=None):
        cmd = list(valgrind or []) + [molt] + list(args)
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.inbox = queue.Queue()
        self.backlog = []
        self.stderr = b""
        self.next_id = 0
        self.bad_frames = []
        threading.Thread(target=self._read_stdout, daemon=True).start()
        self._stderr_thread = threading.Thread(target=self._read_stderr, daemon=True)
        self._stderr_thread.start()

    # ---- transport ----
    def _read_stdout(self):
        out = self.proc.stdout
        while True:
            headers = {}
            line = out.readline()
            if not line:
                self.inbox.put(None)
                return
            while line not in (b"\r\n", b""):
                if not line.endswith(b"\r\n") or b":" not in line:
                    self.bad_frames.append(line)
                name, _, value = line.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
                line = out.readline()
            n = int(headers.get("content-length", "-1"))
            if n < 0:
                self.bad_frames.append(repr(headers).encode())
                self.inbox.put(None)
                return
            body = out.read(n)
            self.inbox.put(json.loads(body.decode("utf-8")))

    def _read_stderr(self):
        self.stderr = b""
        for chunk in iter(lambda: self.proc.stderr.read1(4096), b""):
            self.stderr += chunk

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, obj):
        self.send_raw(frame(obj))

    def close_stdin(self):
        self.proc.stdin.close()

    # ---- messages ----
    def _next(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LspError("timed out waiting for the server")
        try:
            msg = self.inbox.get(timeout=remaining)
        except queue.Empty:
            raise LspError("timed out waiting for the server") from None
        if msg is None:
            self.inbox.put(None)  # stays at end of input
            raise LspError("the server closed its output; stderr:\n" + self.stderr.decode(errors="replace"))
        return msg

    def wait_for(self, pred, timeout=TIMEOUT, what="a message"):
        for i, m in enumerate(self.backlog):
            if pred(m):
                return self.backlog.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            try:
                m = self._next(deadline)
            except LspError as e:
                raise LspError(f"{e} (waiting for {what})") from None
            if pred(m):
                return m
            self.backlog.append(m)

    def request(self, method, params=None, id=None):
        """Sends a request; returns its id."""
        if id is None:
            self.next_id += 1
            id = self.next_id
        msg = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return id

    def response(self, id, timeout=TIMEOUT):
        return self.wait_for(lambda m: m.get("id") == id and "method" not in m, timeout, f"the response to {id!r}")

    def call(self, method, params=None):
        """A request and its result; a response error fails."""
        r = self.response(self.request(method, params))
        if "error" in r:
            raise LspError(f"{method} failed: {r['error']}")
        return r["result"]

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def notification(self, method, pred=lambda p: True, timeout=TIMEOUT):
        return self.wait_for(lambda m: m.get("method") == method and "id" not in m and pred(m.get("params")),
                             timeout, method)["params"]

    def diagnostics(self, uri, version=None, timeout=TIMEOUT):
        """The next publishDiagnostics for uri (for that version if given)."""
        return self.notification("textDocument/publishDiagnostics",
                                 lambda p: p["uri"] == uri and (version is None or p.get("version") == version),
                                 timeout)["diagnostics"]

    def no_message(self, pred, wait=0.5):
        """Asserts nothing matching pred arrives within `wait` seconds."""
        try:
            m = self.wait_for(pred, wait)
        except LspError:
            return
        raise LspError(f"unexpected message: {m}")

    # ---- lifecycle ----
    def initialize(self, encodings=None, options=None, capabilities=None):
        caps = capabilities if capabilities is not None else {}
        if encodings is not None:
            caps.setdefault("general", {})["positionEncodings"] = encodings
        params = {"processId": os.getpid(), "rootUri": None, "capabilities": caps}
        if options is not None:
            params["initializationOptions"] = options
        result = self.call("initialize", params)
        self.notify("initialized", {})
        return result

    def open(self, uri, text, version=1):
        self.notify("textDocument/didOpen",
                    {"textDocument": {"uri": uri, "languageId": "python", "version": version, "text": text}})

    def change(self, uri, version, changes):
        self.notify("textDocument/didChange",
                    {"textDocument": {"uri": uri, "version": version}, "contentChanges": changes})

    def wait_exit(self, timeout=TIMEOUT):
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise LspError("the server did not exit") from None
        self._stderr_thread.join(timeout)  # all of stderr is in self.stderr
        return code

    def shutdown_and_exit(self):
        assert self.call("shutdown") is None
        self.notify("exit")
        self.close_stdin()
        return self.wait_exit()

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def rng(l0, c0, l1, c1):
    return {"start": {"line": l0, "character": c0}, "end": {"line": l1, "character": c1}}
