#!/usr/bin/env node
// Regenerates the static protobuf codecs (src/protocol/generated/kortex.{js,d.ts}) from
// src/protocol/proto/*.proto. The output is committed so that a build needs no code generator;
// scripts/check-generated.js (run by `npm test`) fails when the committed files drift from it.
//   node scripts/gen-proto.js [--out DIR]      (default: src/protocol/generated)
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const protoDir = path.join(root, 'src/protocol/proto');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const protos = [
  'Errors.proto',
  'Frame.proto',
  'Common.proto',
  'Session.proto',
  'Base.proto',
  'BaseK3.proto',
  'ProgramConfig.proto',
  'ProgramRunner.proto',
].map((f) => path.join(protoDir, f));

/** Writes kortex.js and kortex.d.ts into `outDir`; returns their paths. */
function generate(outDir, { quiet = false } = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  const js = path.join(outDir, 'kortex.js');
  const dts = path.join(outDir, 'kortex.d.ts');
  const stdio = quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';
  // Relative proto paths: the generated files must not depend on where the tree is checked out.
  execFileSync(
    bin('pbjs'),
    [
      '-t',
      'static-module',
      '-w',
      'commonjs',
      '--force-number',
      '--no-service',
      '--no-delimited',
      '-o',
      js,
      ...protos.map((p) => path.relative(root, p)),
    ],
    { stdio, cwd: root },
  );
  execFileSync(bin('pbts'), ['-o', dts, js], { stdio, cwd: root });
  return [js, dts];
}

module.exports = { generate, GENERATED_DIR: path.join(root, 'src/protocol/generated') };

if (require.main === module) {
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? path.resolve(process.argv[i + 1] ?? '') : module.exports.GENERATED_DIR;
  const [js] = generate(outDir);
  console.log('generated', path.relative(root, js));
}
