// test/config.test.js — runs extension.js outside VS Code: `vscode` and the
// LanguageClient are replaced by recorders, so the test sees exactly how the
// extension would start `molt lsp` for a given set of settings.
// Run from a directory where `npm ci` installed package.json's dependencies.
'use strict';
const assert = require('assert');
const Module = require('module');
const path = require('path');

const pkg = require('../package.json');
assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:python']);
const props = pkg.contributes.configuration.properties;
assert.strictEqual(props['molt.path'].default, 'molt');
assert.strictEqual(props['molt.capabilities'].type, 'string');
assert.deepStrictEqual(props['molt.trace.server'].enum, ['off', 'messages', 'verbose']);
// The real client library is installed at its pinned version.
const lcPkg = require(require.resolve('vscode-languageclient/package.json'));
assert.strictEqual(lcPkg.version, pkg.dependencies['vscode-languageclient']);

// Fakes: settings the test controls, a client that records what it was given.
let current = { path: '/opt/molt/bin/molt', capabilities: 'caps/molt.capabilities.json' };
let configListener;
const clients = [];
class FakeClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions, sent: [], stopped: false });
    clients.push(this);
  }
  start() { return Promise.resolve(); }
  stop() { this.stopped = true; return Promise.resolve(); }
  sendNotification(method, params) { this.sent.push({ method, params }); }
}
const fakeVscode = {
  workspace: {
    workspaceFolders: [{ uri: { fsPath: '/home/u/proj' } }],
    getConfiguration: (section) => {
      assert.strictEqual(section, 'molt');
      return { get: (key) => current[key] };
    },
    onDidChangeConfiguration: (fn) => { configListener = fn; return { dispose() {} }; },
  },
  window: { showErrorMessage: (m) => { throw new Error('unexpected error message: ' + m); } },
};
const realLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return fakeVscode;
  if (request === 'vscode-languageclient/node') return { LanguageClient: FakeClient };
  return realLoad.call(this, request, parent, isMain);
};

const ext = require(path.join(__dirname, '..', 'extension.js'));
const event = (key) => ({ affectsConfiguration: (k) => k === key });

(async () => {
  const subscriptions = [];
  await ext.activate({ subscriptions });
  assert.strictEqual(subscriptions.length, 1);
  assert.strictEqual(clients.length, 1);
  const c = clients[0];
  assert.strictEqual(c.id, 'molt'); // so that molt.trace.server applies
  assert.deepStrictEqual(c.serverOptions.run, {
    command: '/opt/molt/bin/molt', args: ['lsp'], options: { cwd: '/home/u/proj' } });
  assert.deepStrictEqual(c.clientOptions.documentSelector, [
    { scheme: 'file', language: 'python' }, { scheme: 'untitled', language: 'python' }]);
  assert.deepStrictEqual(c.clientOptions.initializationOptions,
    { capabilities: '/home/u/proj/caps/molt.capabilities.json' });

  // A new manifest is sent to the running server.
  current = { path: '/opt/molt/bin/molt', capabilities: '/etc/molt.json' };
  await configListener(event('molt.capabilities'));
  assert.deepStrictEqual(c.sent, [{ method: 'workspace/didChangeConfiguration',
    params: { settings: { molt: { capabilities: '/etc/molt.json' } } } }]);

  // A new executable restarts the server.
  current = { path: 'molt-dev', capabilities: '' };
  await configListener(event('molt.path'));
  assert.ok(c.stopped);
  assert.strictEqual(clients.length, 2);
  assert.strictEqual(clients[1].serverOptions.run.command, 'molt-dev');
  assert.deepStrictEqual(clients[1].clientOptions.initializationOptions, { capabilities: '' });

  await ext.deactivate();
  assert.ok(clients[1].stopped);
  console.log('vscode extension: configuration ok');
})().catch((e) => { console.error(e); process.exit(1); });
