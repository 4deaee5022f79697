#!/usr/bin/env node
// Fails when a source file has more than LIMIT lines, naming each one: a long file is more than
// one concern, split it along its seams (CONTRIBUTING.md). Covered: the .ts, .js, .mjs and .html
// files under src/, nodes/, bench/, scripts/ and resources/ that git tracks or would track (ignored
// ones, node_modules and dist/ are not), except the generated codecs (src/protocol/generated/).
// test/ is not covered: a test file may hold one scenario's long setup and steps.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const LIMIT = 350;
const DIRS = ['src', 'nodes', 'bench', 'scripts', 'resources'];
const EXTENSIONS = ['.ts', '.js', '.mjs', '.html'];
const GENERATED = ['src/protocol/generated/'];
const SKIP_DIRS = new Set(['node_modules', 'dist']);

/** Tracked and untracked-but-not-ignored files (a new file counts before its first commit). */
function gitFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...DIRS], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out.split('\0').filter((file) => file !== '' && fs.existsSync(path.join(root, file)));
}

/** Outside a git checkout: every file below the folders, but node_modules and dist. */
function walk(dir) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : walk(rel);
    return entry.isFile() ? [rel] : [];
  });
}

function sourceFiles() {
  let files;
  try {
    files = gitFiles();
  } catch {
    files = DIRS.flatMap(walk);
  }
  return files
    .filter((file) => EXTENSIONS.some((ext) => file.endsWith(ext)))
    .filter((file) => !GENERATED.some((prefix) => file.startsWith(prefix)))
    .filter((file) => !file.split('/').some((part) => SKIP_DIRS.has(part)))
    .sort();
}

/** Lines as `wc -l` counts them, plus a last line without a newline. */
function countLines(text) {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

const files = sourceFiles();
const tooLong = files
  .map((file) => ({ file, lines: countLines(fs.readFileSync(path.join(root, file), 'utf8')) }))
  .filter(({ lines }) => lines > LIMIT);
if (tooLong.length > 0) {
  for (const { file, lines } of tooLong) console.error(`${file}: ${lines} lines, over the limit of ${LIMIT}`);
  console.error(`\nSplit each file by concern into files of at most ${LIMIT} lines (CONTRIBUTING.md); test/ is not covered.`);
  process.exit(1);
}
console.log(`no source file over ${LIMIT} lines (${files.length} files in ${DIRS.join('/, ')}/)`);
