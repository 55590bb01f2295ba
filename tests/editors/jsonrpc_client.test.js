// jsonrpc_client.test.js — drives `molt lsp` with vscode-jsonrpc, the
// JSON-RPC library VS Code's own language client is built on, so framing
// and message shapes are checked by a client we did not write.
// Usage: node jsonrpc_client.test.js MOLT   (vscode-jsonrpc from `npm ci`
// of tests/editors/package.json, found through NODE_PATH or node_modules).
'use strict';
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const rpc = require('vscode-jsonrpc/node');

const molt = process.argv[2];
if (!molt) { console.error('usage: node jsonrpc_client.test.js MOLT'); process.exit(2); }
// No step may hang the test: fail with the step's name instead.
let step = 'start';
const deadline = setTimeout(() => { console.error(`timed out during: ${step}`); process.exit(1); }, 30000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molt-jsonrpc-'));
const file = path.join(dir, 'a.py');
const uri = 'file://' + file;
const manifest = path.join(dir, 'ignore-u201.json');
fs.writeFileSync(manifest, JSON.stringify({ diagnostics: { ignore: ['U201'] } }));

const server = cp.spawn(molt, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
const conn = rpc.createMessageConnection(
  new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));

// Each publishDiagnostics for our file resolves the oldest waiting promise.
const published = [];
let waiter = null;
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri !== uri) return;
  published.push(p);
  if (waiter) { const w = waiter; waiter = null; w(published.shift()); }
});
conn.onNotification('window/logMessage', () => {});
conn.onRequest('client/registerCapability', () => null);
function nextDiagnostics(what) {
  step = what;
  if (published.length) return Promise.resolve(published.shift());
  return new Promise((resolve) => { waiter = resolve; });
}
conn.listen();

(async () => {
  step = 'initialize';
  const init = await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: 'file://' + dir, capabilities: {},
    initializationOptions: { debounceMs: 0 } });
  assert.strictEqual(init.capabilities.positionEncoding, 'utf-16');
  assert.strictEqual(init.capabilities.textDocumentSync.change, 2);
  assert.strictEqual(init.capabilities.hoverProvider, true);
  assert.strictEqual(init.serverInfo.name, 'molt');
  await conn.sendNotification('initialized', {});

  // A known error: eval() is U201, at "eval" (line 0, characters 4-8).
  await conn.sendNotification('textDocument/didOpen', { textDocument: {
    uri, languageId: 'python', version: 1, text: 'x = eval("1")\nprint(x)\n' } });
  let d = await nextDiagnostics('diagnostics after didOpen');
  assert.strictEqual(d.version, 1);
  assert.strictEqual(d.diagnostics.length, 1, JSON.stringify(d));
  const u201 = d.diagnostics[0];
  assert.strictEqual(u201.code, 'U201');
  assert.strictEqual(u201.source, 'molt');
  assert.strictEqual(u201.severity, 1);
  assert.deepStrictEqual(u201.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 8 } });
  assert.match(u201.message, /^eval\(\) is not supported/);

  step = 'hover on eval';
  let hover = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
  assert.match(hover.contents.value, /U201/);

  // The "capabilities" option (the editors' molt.capabilities setting):
  // this manifest ignores U201.
  await conn.sendNotification('workspace/didChangeConfiguration', { settings: { molt: { capabilities: manifest } } });
  d = await nextDiagnostics('diagnostics after a manifest was set');
  assert.deepStrictEqual(d.diagnostics, []);
  await conn.sendNotification('workspace/didChangeConfiguration', { settings: { molt: { capabilities: '' } } });
  d = await nextDiagnostics('diagnostics after the manifest was unset');
  assert.deepStrictEqual(d.diagnostics.map((x) => [x.code, x.severity]), [['U201', 1]]);

  // Replace `eval("1")` with `1`: the diagnostic goes away.
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 13 } }, text: '1' }] });
  d = await nextDiagnostics('diagnostics after the fix');
  assert.strictEqual(d.version, 2);
  assert.deepStrictEqual(d.diagnostics, []);

  step = 'hover on x';
  hover = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 6 } });
  assert.match(hover.contents.value, /\(variable\) x: int/);

  step = 'shutdown';
  assert.strictEqual(await conn.sendRequest('shutdown'), null);
  await conn.sendNotification('exit');
  step = 'exit';
  assert.strictEqual(await exited, 0);
  conn.dispose();
  clearTimeout(deadline);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('vscode-jsonrpc client: ok');
})().catch((e) => { console.error(`failed during: ${step}\n`, e); server.kill(); process.exit(1); });
