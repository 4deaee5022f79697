#!/usr/bin/env node
// Places what tsc does not emit beside the built code: the generated protobuf codec, each node's
// editor .html and icons, and the locales/ catalogues and help (Node-RED looks for them next to
// the node's .js file).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const copy = (from, to) => {
  if (!fs.existsSync(from)) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
};

copy(path.join(root, 'src/protocol/generated'), path.join(root, 'dist/src/protocol/generated'));
copy(path.join(root, 'src/protocol/proto'), path.join(root, 'dist/src/protocol/proto'));
const nodesDir = path.join(root, 'nodes');
if (fs.existsSync(nodesDir)) {
  for (const name of fs.readdirSync(nodesDir)) {
    if (name.endsWith('.html')) copy(path.join(nodesDir, name), path.join(root, 'dist/nodes', name));
  }
  copy(path.join(nodesDir, 'icons'), path.join(root, 'dist/nodes/icons'));
}
copy(path.join(root, 'locales'), path.join(root, 'dist/nodes/locales'));
for (const bin of ['dist/src/simulator/cli.js', 'dist/src/cli/kortex.js']) {
  const file = path.join(root, bin);
  if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
}
