// extension.js — the VS Code side of molt: starts `molt lsp` for Python
// files with vscode-languageclient and restarts it when the settings change.
// Everything else (diagnostics, hover, outline, quick fixes) is the server's.
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const config = require('./config');

let client;

function settings() {
  const c = vscode.workspace.getConfiguration('molt');
  return { path: c.get('path'), capabilities: c.get('capabilities') };
}

function workspaceDir() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length ? folders[0].uri.fsPath : undefined;
}

async function start() {
  const s = settings();
  const dir = workspaceDir();
  // The client id 'molt' makes vscode-languageclient honour molt.trace.server.
  client = new LanguageClient('molt', 'molt', config.serverOptions(s, dir), {
    documentSelector: config.documentSelector,
    initializationOptions: config.initializationOptions(s, dir),
  });
  try {
    await client.start();
  } catch (err) {
    // Most often molt is not installed or molt.path is wrong: say which.
    vscode.window.showErrorMessage(
      `molt: could not start "${s.path} lsp" (${err.message || err}). Set molt.path to the molt executable.`);
    client = undefined;
  }
}

async function stop() {
  if (client) await client.stop().catch(() => {});
  client = undefined;
}

async function onConfigurationChanged(event) {
  if (event.affectsConfiguration('molt.path')) {
    // A different executable needs a new process.
    await stop();
    await start();
  } else if (event.affectsConfiguration('molt.capabilities') && client) {
    // The server re-checks every open document when its options change.
    client.sendNotification('workspace/didChangeConfiguration', {
      settings: { molt: config.initializationOptions(settings(), workspaceDir()) },
    });
  }
}

async function activate(context) {
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(onConfigurationChanged));
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
