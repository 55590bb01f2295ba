// config.js — turns the extension's settings into how to start `molt lsp`
// and what to tell it. Kept free of the `vscode` module so that a plain
// Node test (test/config.test.js) can check it outside VS Code.
'use strict';
const path = require('path');

// The manifest path the server gets: absolute, because the server's working
// directory is not the workspace. '' means "the manifest beside each file".
function resolveManifest(setting, workspaceDir) {
  if (!setting) return '';
  if (path.isAbsolute(setting) || !workspaceDir) return setting;
  return path.join(workspaceDir, setting);
}

// settings: {path, capabilities} as read from the 'molt' section.
function serverOptions(settings, workspaceDir) {
  const command = settings.path || 'molt';
  const run = { command, args: ['lsp'], options: workspaceDir ? { cwd: workspaceDir } : {} };
  return { run, debug: run };
}

// The server's initializationOptions (docs/lsp.md) and the same keys sent
// later as workspace/didChangeConfiguration {settings: {molt: ...}}.
function initializationOptions(settings, workspaceDir) {
  return { capabilities: resolveManifest(settings.capabilities, workspaceDir) };
}

// Python files on disk and unsaved ones: molt checks both.
const documentSelector = [
  { scheme: 'file', language: 'python' },
  { scheme: 'untitled', language: 'python' },
];

module.exports = { resolveManifest, serverOptions, initializationOptions, documentSelector };
