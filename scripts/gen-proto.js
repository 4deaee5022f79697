#!/usr/bin/env node
// Regenerates the static protobuf codecs (src/protocol/generated/kortex.{js,d.ts}) from
// src/protocol/proto/*.proto. The output is committed so that a build needs no code generator.
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const protoDir = path.join(root, 'src/protocol/proto');
const outDir = path.join(root, 'src/protocol/generated');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const protos = ['Errors.proto', 'Frame.proto', 'Common.proto', 'Session.proto'].map((f) => path.join(protoDir, f));

fs.mkdirSync(outDir, { recursive: true });
const js = path.join(outDir, 'kortex.js');
execFileSync(bin('pbjs'), [
  '-t', 'static-module', '-w', 'commonjs', '--force-number', '--no-service', '--no-delimited',
  '-o', js, ...protos,
], { stdio: 'inherit' });
execFileSync(bin('pbts'), ['-o', path.join(outDir, 'kortex.d.ts'), js], { stdio: 'inherit' });
console.log('generated', path.relative(root, js));
