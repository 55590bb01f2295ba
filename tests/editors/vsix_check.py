#!/usr/bin/env python3
"""vsix_check.py — checks the .vsix `npm run package` built: a zip that VS
Code can install, holding the extension's code, its manifest and the
vscode-languageclient it needs at run time, and not the tests."""
import json, sys, zipfile

vsix = sys.argv[1]
with zipfile.ZipFile(vsix) as z:
    names = set(z.namelist())
    manifest = json.loads(z.read("extension/package.json"))
need = ["extension.vsixmanifest", "[Content_Types].xml", "extension/package.json", "extension/extension.js",
        "extension/config.js", "extension/README.md",
        "extension/node_modules/vscode-languageclient/package.json",
        "extension/node_modules/vscode-languageclient/node.js"]
missing = [n for n in need if n not in names]
stray = sorted(n for n in names if n.startswith(("extension/test/", "extension/node_modules/@vscode/vsce")))
if missing or stray:
    sys.exit(f"FAIL: {vsix}: missing {missing}, should not contain {stray}")
if manifest["main"] != "./extension.js" or "onLanguage:python" not in manifest["activationEvents"]:
    sys.exit(f"FAIL: {vsix}: unexpected package.json main/activationEvents")
print(f"{vsix}: ok ({len(names)} files)")
