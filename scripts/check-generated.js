#!/usr/bin/env node
// Fails when the committed codecs in src/protocol/generated/ differ from what `npm run gen` makes
// of src/protocol/proto/*.proto today: regenerates into a temp dir and compares byte for byte.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { generate, GENERATED_DIR } = require('./gen-proto');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kortex-gen-check-'));
const drifted = [];
try {
  for (const fresh of generate(tmp, { quiet: true })) {
    const committed = path.join(GENERATED_DIR, path.basename(fresh));
    if (!fs.existsSync(committed) || !fs.readFileSync(committed).equals(fs.readFileSync(fresh))) {
      drifted.push(path.relative(process.cwd(), committed));
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (drifted.length > 0) {
  console.error(
    `generated codecs out of date: ${drifted.join(', ')} differ from src/protocol/proto/*.proto.\nRun "npm run gen" and commit the result.`,
  );
  process.exit(1);
}
console.log('generated codecs match src/protocol/proto/*.proto');
