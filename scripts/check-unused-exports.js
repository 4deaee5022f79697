#!/usr/bin/env node
// Fails when a module exports a value nothing imports (tests and the package's entry point,
// src/index.ts, count as users). Exported types are allowed (they document signatures).
'use strict';
const path = require('node:path');
const { analyzeTsConfig } = require('ts-unused-exports');

const root = path.resolve(__dirname, '..');
/**
 * The package's entry point (its exports are for the package's users), the generated codecs and
 * Node-RED's `export =` node modules.
 */
const EXCLUDE = ['src/index.ts', 'src/protocol/generated/', /^nodes\/(kortex-[a-z-]+)\/\1\.ts$/];

const excluded = (file) => EXCLUDE.some((e) => (e instanceof RegExp ? e.test(file) : file === e || file.startsWith(e)));
const analysis = analyzeTsConfig(path.join(root, 'tsconfig.test.json'), ['--allowUnusedTypes']);
const problems = [];
for (const [fullPath, items] of Object.entries(analysis.unusedExports ?? analysis)) {
  const file = path.relative(root, fullPath).split(path.sep).join('/');
  if (excluded(file)) continue;
  for (const { exportName, location } of items) {
    problems.push(`${file}:${location?.line ?? '?'}: ${exportName} is exported but never imported`);
  }
}
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\n\nDrop the export (or the code), or import it where it is meant to be used.`);
  process.exit(1);
}
console.log('no unused exports');
