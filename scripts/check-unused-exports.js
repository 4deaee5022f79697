#!/usr/bin/env node
// Fails when a module exports a value nothing imports (tests count as users). Exported types are
// allowed (they document signatures), and so are the package's public entry points.
// KNOWN lists exports in files owned by work in progress elsewhere, each with the reason; remove an
// entry when its file is fixed (a stale entry is reported, not fatal).
'use strict';
const path = require('node:path');
const { analyzeTsConfig } = require('ts-unused-exports');

const root = path.resolve(__dirname, '..');
/** Public API (src/index.ts re-exports these barrels) and Node-RED's `export =` node modules. */
const EXCLUDE = ['src/index.ts', 'src/client/index.ts', 'src/protocol/index.ts', 'src/protocol/generated/', /^nodes\/kortex-[a-z-]+\.ts$/];
const KNOWN = {
  'src/simulator/model.ts': { why: 'being split by the status-broadcast work', names: ['errorResponse'] },
  'src/transport/mqtt.ts': {
    why: 'being split by the status-broadcast work; its defaults are to be merged with the client\'s',
    names: ['DEFAULT_MQTT_KEEPALIVE_SECONDS', 'DEFAULT_IS_ALIVE_TIMEOUT_MS'],
  },
};

const excluded = (file) => EXCLUDE.some((e) => (e instanceof RegExp ? e.test(file) : file === e || file.startsWith(e)));
const analysis = analyzeTsConfig(path.join(root, 'tsconfig.test.json'), ['--allowUnusedTypes']);
const problems = [];
const seenKnown = new Set();
for (const [fullPath, items] of Object.entries(analysis.unusedExports ?? analysis)) {
  const file = path.relative(root, fullPath).split(path.sep).join('/');
  if (excluded(file)) continue;
  for (const { exportName, location } of items) {
    if (KNOWN[file]?.names.includes(exportName)) {
      seenKnown.add(`${file}:${exportName}`);
      continue;
    }
    problems.push(`${file}:${location?.line ?? '?'}: ${exportName} is exported but never imported`);
  }
}
for (const [file, { names }] of Object.entries(KNOWN)) {
  for (const name of names) if (!seenKnown.has(`${file}:${name}`)) console.warn(`note: ${file}: ${name} is no longer unused; remove it from KNOWN in scripts/check-unused-exports.js`);
}
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\n\nDrop the export (or the code), or import it where it is meant to be used.`);
  process.exit(1);
}
console.log('no unused exports');
