#!/usr/bin/env node
// Keeps the README a front door: fails when README.md reaches README_LIMIT lines (the reference
// lives in docs/), and when a relative link in README.md or docs/**/*.md points to a file that
// does not exist, or to a heading (#anchor) that a Markdown file does not have.
// `node scripts/check-readme.js [path/to/README.md]` checks another README (to see it fail).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const README_LIMIT = 400;

const readme = path.resolve(process.argv[2] ?? path.join(root, 'README.md'));
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

/** Lines as `wc -l` counts them, plus a last line without a newline. */
function countLines(text) {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

function markdownFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.isFile() && entry.name.endsWith('.md') ? [full] : [];
  });
}

/** The lines of a Markdown file that are not inside fenced code blocks, with their numbers. */
function proseLines(text) {
  const lines = [];
  let fence = null;
  text.split('\n').forEach((line, i) => {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && open) fence = open[1][0];
    else if (fence !== null && open && open[1][0] === fence) fence = null;
    else if (fence === null) lines.push({ line, number: i + 1 });
  });
  return lines;
}

/** Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to dashes, -1, -2… for repeats. */
function anchors(file) {
  const seen = new Map();
  const result = new Set();
  for (const { line } of proseLines(fs.readFileSync(file, 'utf8'))) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1].replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const [, id] of fs.readFileSync(file, 'utf8').matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) result.add(id);
  return result;
}

/** Relative link targets of a Markdown file: inline links and images, and reference definitions. */
function links(file) {
  const found = [];
  for (const { line, number } of proseLines(fs.readFileSync(file, 'utf8'))) {
    const prose = line.replace(/(`+)(?:(?!\1).)+\1/g, 'code');
    for (const [, target] of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ target, number });
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/.exec(prose);
    if (definition) found.push({ target: definition[1], number });
  }
  return found.filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

const problems = [];
const text = fs.readFileSync(readme, 'utf8');
const lineCount = countLines(text);
console.log(`${rel(readme)}: ${lineCount} lines (the limit is ${README_LIMIT})`);
if (lineCount >= README_LIMIT) {
  problems.push(
    `${rel(readme)} has ${lineCount} lines, at or over the limit of ${README_LIMIT}: the README is the front door, ` +
      'one page; move reference material into docs/ (docs/README.md lists the pages) and link to it.',
  );
}

const files = [readme, ...markdownFiles(path.join(root, 'docs'))];
const anchorCache = new Map();
let checked = 0;
for (const file of files) {
  for (const { target, number } of links(file)) {
    checked += 1;
    const [filePart, fragment] = target.split('#', 2);
    const resolved = filePart === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(filePart));
    const where = `${rel(file)}:${number}`;
    if (!fs.existsSync(resolved)) {
      problems.push(`${where}: link to ${target}, but ${rel(resolved)} does not exist`);
      continue;
    }
    if (fragment === undefined || fragment === '' || !resolved.endsWith('.md') || !fs.statSync(resolved).isFile()) continue;
    if (!anchorCache.has(resolved)) anchorCache.set(resolved, anchors(resolved));
    if (!anchorCache.get(resolved).has(decodeURIComponent(fragment).toLowerCase())) {
      problems.push(`${where}: link to ${target}, but ${rel(resolved)} has no heading #${fragment}`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${checked} relative links in ${files.length} Markdown files resolve`);
