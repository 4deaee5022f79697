#!/usr/bin/env node
// Fails on import cycles among the package's .ts files (src/, nodes/, bench/, scripts/), naming
// it. Every relative import counts, `import type` too: a type-only cycle is still two files that
// each need the other, and is fixed the same way (the type moves to where it belongs).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const DIRS = ['src', 'nodes', 'bench', 'scripts'];
const SKIP = new Set(['node_modules', 'dist', 'generated']);
// import … from '…', export … from '…', import '…', import('…'), require('…'). Comments are
// stripped first, so an example in a comment is no edge.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function tsFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined; // a .js script, a JSON file, a package: not part of the graph
}

function importsOf(file) {
  const code = fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const targets = new Set();
  for (const match of code.matchAll(SPECIFIER)) {
    const target = resolve(file, match[1]);
    if (target) targets.add(target);
  }
  return [...targets].sort();
}

/** A cycle through each import that closes one (a depth-first walk's back edges), as lists of files. */
function findCycles(graph) {
  const state = new Map(); // file -> 'open' (on the current path) | 'done'
  const trail = [];
  const cycles = [];
  const visit = (file) => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

const files = DIRS.flatMap((dir) => tsFiles(path.join(root, dir)));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const cycles = findCycles(graph);
if (cycles.length > 0) {
  const name = (file) => path.relative(root, file).split(path.sep).join('/');
  for (const cycle of cycles) console.error(`import cycle: ${cycle.map(name).join(' → ')}`);
  console.error('\nMove the shared name to the module where it belongs (or to a module both can import), so the imports point one way.');
  process.exit(1);
}
console.log(`no import cycles (${files.length} files)`);
