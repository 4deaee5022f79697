#!/usr/bin/env node
// Places what tsc does not emit beside the built code: the generated protobuf codec and, for each
// node package.json's `node-red.nodes` lists, its editor .html, its locales/ (catalogues and help)
// and the icons. Node-RED looks for all three next to the node's .js file; icons are kept once in
// git (nodes/icons/) and copied into every node's folder, as Node-RED scans `icons/` beside each
// node file.
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

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const builtFile of Object.values(pkg['node-red'].nodes)) {
  // dist/nodes/kortex-x/kortex-x.js is built from nodes/kortex-x/kortex-x.ts: the same folder under dist/.
  const builtDir = path.dirname(path.join(root, builtFile));
  const sourceDir = path.join(root, path.relative(path.join(root, 'dist'), builtDir));
  const html = `${path.basename(builtFile, '.js')}.html`;
  if (!fs.existsSync(path.join(sourceDir, html)))
    throw new Error(`copy-assets: ${path.relative(root, path.join(sourceDir, html))} is missing`);
  copy(path.join(sourceDir, html), path.join(builtDir, html));
  copy(path.join(sourceDir, 'locales'), path.join(builtDir, 'locales'));
  copy(path.join(root, 'nodes/icons'), path.join(builtDir, 'icons'));
}
for (const bin of ['dist/src/simulator/cli.js', 'dist/src/cli/kortex.js']) {
  const file = path.join(root, bin);
  if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
}
