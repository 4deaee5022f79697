#!/usr/bin/env node
/**
 * Offline scorecard: checks what the Node-RED Flow Library scorecard (node-red-dev validate)
 * checks, without the network, and a few things a published node package must get right.
 * Prints a checklist; exits 1 when anything is missing. Run after `npm run build`.
 *
 *   npm run validate            (also run by `npm test` through pretest)
 *   node scripts/validate.js --json   (machine-readable result)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(process.argv.find((a, i) => i > 1 && !a.startsWith('--')) || path.join(__dirname, '..'));
const asJson = process.argv.includes('--json');

const results = [];
/** Records one check: `ok` true/false, or a string explaining a miss. */
function check(id, title, fn) {
  let ok;
  let detail;
  try {
    const r = fn();
    if (r === true || r === undefined) ok = true;
    else if (r === false) ok = false;
    else if (typeof r === 'string') {
      ok = false;
      detail = r;
    } else {
      ok = Boolean(r.ok);
      detail = r.detail;
    }
  } catch (err) {
    ok = false;
    detail = err.message;
  }
  results.push({ id, title, ok, detail });
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const pkgFile = path.join(root, 'package.json');
const pkg = readJson(pkgFile);
const nr = pkg['node-red'] || {};
const nodeFiles = nr.nodes && typeof nr.nodes === 'object' ? nr.nodes : {};

/* ---------- package.json ---------- */

check('P01', 'license is set and a LICENSE file is present', () => {
  if (!pkg.license || typeof pkg.license !== 'string') return 'package.json has no "license"';
  if (/^(UNLICENSED|SEE LICENSE)/i.test(pkg.license)) return `license "${pkg.license}" is not an open-source licence identifier`;
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].find((f) => fs.existsSync(path.join(root, f)));
  if (!file) return 'no LICENSE file at the package root';
  if (pkg.license === 'Apache-2.0' && !/Apache License\s+Version 2\.0/.test(fs.readFileSync(path.join(root, file), 'utf8'))) {
    return `${file} does not hold the Apache License 2.0 text`;
  }
  return { ok: true, detail: `${pkg.license} (${file})` };
});

check('P02', 'repository is set', () => {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository && pkg.repository.url;
  if (!url) return 'package.json has no "repository" url';
  return { ok: true, detail: url };
});

check('P03', 'name is scoped (@scope/…) or starts with node-red-contrib-', () => {
  const name = pkg.name || '';
  if (/^@[a-z0-9][a-z0-9-._~]*\/[a-z0-9][a-z0-9-._~]*$/.test(name) || /^node-red-contrib-[a-z0-9-._~]+$/.test(name)) {
    return { ok: true, detail: name };
  }
  return `"${name}" is neither scoped nor node-red-contrib-*`;
});

check(
  'P04',
  '"node-red" is in keywords',
  () =>
    (Array.isArray(pkg.keywords) && pkg.keywords.includes('node-red')) ||
    'keywords lack "node-red" (the Flow Library only lists packages with it)',
);

check('P05', 'node-red.version is declared and admits the Node-RED this package is built for', () => {
  if (!nr.version) return 'package.json "node-red" section has no "version" (minimum Node-RED)';
  const semver = tryRequire('semver');
  const devRange = pkg.devDependencies && pkg.devDependencies['node-red'];
  const installed = tryRequire('node-red/package.json');
  if (semver) {
    if (!semver.validRange(nr.version)) return `node-red.version "${nr.version}" is not a semver range`;
    if (installed && !semver.satisfies(installed.version, nr.version))
      return `node-red ${installed.version} (used by the tests) is outside "${nr.version}"`;
  }
  return { ok: true, detail: `${nr.version}${devRange ? ` (tested with ${installed ? installed.version : devRange})` : ''}` };
});

check('P06', 'engines.node is declared', () => {
  const range = pkg.engines && pkg.engines.node;
  if (!range) return 'package.json has no engines.node';
  const semver = tryRequire('semver');
  if (semver && !semver.satisfies(process.versions.node, range))
    return `this Node.js ${process.version} is outside engines.node "${range}"`;
  return { ok: true, detail: range };
});

check('P07', 'at most 6 runtime dependencies, none of them Node-RED itself', () => {
  const deps = Object.keys(pkg.dependencies || {});
  const bad = deps.filter((d) => d === 'node-red' || d.startsWith('@node-red/'));
  if (bad.length) return `runtime dependencies must not include ${bad.join(', ')}`;
  if (deps.length > 6) return `${deps.length} runtime dependencies (${deps.join(', ')}); the scorecard wants 6 or fewer`;
  return { ok: true, detail: `${deps.length}: ${deps.join(', ') || 'none'}` };
});

check(
  'P08',
  'description is set',
  () => (typeof pkg.description === 'string' && pkg.description.length >= 10) || 'package.json has no useful "description"',
);

check('P09', 'README.md is present', () => fs.existsSync(path.join(root, 'README.md')) || 'no README.md');

check('P10', '"files" ships the nodes, the examples, README and LICENSE', () => {
  if (!Array.isArray(pkg.files)) return { ok: true, detail: 'no "files" list (everything not ignored is packed)' };
  const covers = (p) => pkg.files.some((f) => p === f || p.startsWith(`${f.replace(/\/$/, '')}/`));
  const need = ['examples', 'README.md', 'LICENSE', ...Object.values(nodeFiles)];
  const missing = need.filter((p) => !covers(p));
  return missing.length ? `"files" does not cover ${missing.join(', ')}` : true;
});

/* ---------- nodes ---------- */

/** Reads the node types (and their categories) that an editor .html registers. */
function registeredTypes(html) {
  const out = [];
  const re = /RED\.nodes\.registerType\(\s*['"]([^'"]+)['"]\s*,\s*\{/g;
  let m;
  while ((m = re.exec(html))) {
    const after = html.slice(m.index, m.index + 4000);
    const cat = /\bcategory\s*:\s*['"]([^'"]+)['"]/.exec(after);
    out.push({ type: m[1], category: cat ? cat[1] : undefined });
  }
  return out;
}

const nodeTypes = []; // { type, category, set, js, html }
check('N01', 'node-red.nodes lists the nodes and every listed file exists after the build', () => {
  const entries = Object.entries(nodeFiles);
  if (entries.length === 0) return 'package.json "node-red".nodes is empty';
  const missing = [];
  for (const [set, file] of entries) {
    const js = path.join(root, file);
    const html = js.replace(/\.js$/, '.html');
    if (!fs.existsSync(js)) missing.push(`${file} (run npm run build)`);
    if (!fs.existsSync(html)) missing.push(path.relative(root, html));
    else for (const t of registeredTypes(fs.readFileSync(html, 'utf8'))) nodeTypes.push({ ...t, set, js, html });
  }
  if (missing.length) return `missing: ${missing.join(', ')}`;
  return { ok: true, detail: `${entries.length} node files` };
});

check('N02', 'every node file registers its node type in the editor', () => {
  const sets = Object.keys(nodeFiles);
  const without = sets.filter((set) => !nodeTypes.some((t) => t.set === set));
  if (without.length) return `no RED.nodes.registerType() found for: ${without.join(', ')}`;
  const seen = new Set();
  const dup = nodeTypes.filter((t) => (seen.has(t.type) ? true : (seen.add(t.type), false)));
  if (dup.length) return `registered twice: ${dup.map((t) => t.type).join(', ')}`;
  return { ok: true, detail: nodeTypes.map((t) => t.type).join(', ') };
});

check('N03', 'every node has en-US help (sidebar text) and message catalogue', () => {
  const missing = [];
  for (const t of nodeTypes) {
    const dir = path.dirname(t.html);
    const base = path.basename(t.html);
    const localeHelp = path.join(dir, 'locales', 'en-US', base);
    const inline = new RegExp(`data-help-name=["']${t.type}["']`).test(fs.readFileSync(t.html, 'utf8'));
    const helpFile = fs.existsSync(localeHelp) && new RegExp(`data-help-name=["']${t.type}["']`).test(fs.readFileSync(localeHelp, 'utf8'));
    if (!inline && !helpFile) missing.push(`${t.type} (help: ${path.relative(root, localeHelp)})`);
    const catalogue = path.join(dir, 'locales', 'en-US', base.replace(/\.html$/, '.json'));
    if (!fs.existsSync(catalogue)) missing.push(`${t.type} (messages: ${path.relative(root, catalogue)})`);
    else readJson(catalogue);
  }
  if (nodeTypes.length === 0) return 'no node types found';
  return missing.length ? `missing: ${missing.join(', ')}` : { ok: true, detail: `${nodeTypes.length} nodes` };
});

check('N04', 'node types do not clash with core Node-RED nodes', () => {
  const core = [
    'inject',
    'debug',
    'function',
    'change',
    'switch',
    'template',
    'catch',
    'status',
    'complete',
    'link in',
    'link out',
    'link call',
    'comment',
    'mqtt in',
    'mqtt out',
    'mqtt-broker',
    'http in',
    'http request',
    'tcp in',
    'tcp out',
    'delay',
    'trigger',
    'exec',
    'file',
    'split',
    'join',
    'sort',
    'batch',
    'csv',
    'json',
    'xml',
    'yaml',
    'html',
    'range',
    'rbe',
    'filter',
    'websocket in',
    'websocket out',
    'udp in',
    'udp out',
    'watch',
    'junction',
    'group',
    'tab',
    'subflow',
    'global-config',
    'unknown',
  ];
  const bad = nodeTypes.filter((t) => core.includes(t.type));
  if (bad.length) return `clashes with core: ${bad.map((t) => t.type).join(', ')}`;
  return true;
});

// Node-RED serves <package>/resources/ at resources/<package name>/ and runs a node file's
// inline scripts only once its <script src> files have loaded: a missing one leaves the node unregistered.
check('N05', 'every resources/ script an editor .html loads exists and is packed', () => {
  const prefix = `resources/${pkg.name}/`;
  const missing = [];
  const loaded = new Set();
  for (const html of new Set(nodeTypes.map((t) => t.html))) {
    for (const m of fs.readFileSync(html, 'utf8').matchAll(/<script\b[^>]*\bsrc\s*=\s*["']resources\/([^"']+)["']/g)) {
      const src = `resources/${m[1]}`;
      if (!src.startsWith(prefix)) missing.push(`${src} (not under ${prefix})`);
      else if (!fs.existsSync(path.join(root, 'resources', src.slice(prefix.length))))
        missing.push(`${src} (no resources/${src.slice(prefix.length)})`);
      else loaded.add(src.slice(prefix.length));
    }
  }
  if (loaded.size > 0 && Array.isArray(pkg.files) && !pkg.files.some((f) => f === 'resources' || f.startsWith('resources/')))
    missing.push('"files" does not ship resources/');
  if (missing.length) return `missing: ${missing.join(', ')}`;
  return { ok: true, detail: loaded.size ? [...loaded].join(', ') : 'none loaded' };
});

/* ---------- examples ---------- */

const exampleDir = path.join(root, 'examples');
const examples = [];
check('E01', 'examples/ holds importable flows (JSON arrays of nodes)', () => {
  if (!fs.existsSync(exampleDir)) return 'no examples/ folder at the package root (Node-RED lists <package>/examples in Import > Examples)';
  const walk = (dir) =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []));
  const files = walk(exampleDir);
  if (files.length === 0) return 'examples/ holds no .json flow';
  const bad = [];
  for (const file of files) {
    try {
      const flow = readJson(file);
      if (!Array.isArray(flow) || flow.some((n) => !n || typeof n.id !== 'string' || typeof n.type !== 'string'))
        bad.push(`${path.relative(root, file)} (not an array of nodes)`);
      else examples.push({ file, flow });
    } catch (err) {
      bad.push(`${path.relative(root, file)} (${err.message})`);
    }
  }
  return bad.length ? `broken: ${bad.join('; ')}` : { ok: true, detail: `${files.length} flows` };
});

check('E02', 'every non-config node is used in some example flow', () => {
  const used = new Set(examples.flatMap((e) => e.flow.map((n) => n.type)));
  const nonConfig = nodeTypes.filter((t) => t.category !== 'config');
  if (nonConfig.length === 0) return 'no non-config node types found';
  const unused = nonConfig.filter((t) => !used.has(t.type)).map((t) => t.type);
  return unused.length ? `no example uses: ${unused.join(', ')}` : { ok: true, detail: nonConfig.map((t) => t.type).join(', ') };
});

check('E03', 'example flows carry no credentials', () => {
  const leaks = [];
  for (const e of examples) {
    for (const n of e.flow) {
      if (n.credentials && Object.values(n.credentials).some((v) => v !== '' && v !== undefined))
        leaks.push(`${path.relative(root, e.file)}: ${n.type} ${n.id}`);
      if (typeof n.password === 'string' && n.password)
        leaks.push(`${path.relative(root, e.file)}: ${n.type} ${n.id} has a "password" property`);
    }
  }
  return leaks.length ? `credentials in: ${leaks.join('; ')}` : true;
});

/* ---------- report ---------- */

function tryRequire(id) {
  try {
    return require(require.resolve(id, { paths: [root, __dirname] }));
  } catch {
    return undefined;
  }
}

const failed = results.filter((r) => !r.ok);
if (asJson) {
  process.stdout.write(
    `${JSON.stringify({ package: pkg.name, version: pkg.version, ok: failed.length === 0, checks: results }, null, 2)}\n`,
  );
} else {
  process.stdout.write(`Scorecard for ${pkg.name}@${pkg.version} (offline)\n`);
  for (const r of results) {
    process.stdout.write(`  ${r.ok ? '[x]' : '[ ]'} ${r.id} ${r.title}${r.detail ? ` - ${r.detail}` : ''}\n`);
  }
  process.stdout.write(failed.length ? `${failed.length} of ${results.length} checks failed\n` : `all ${results.length} checks passed\n`);
}
process.exitCode = failed.length ? 1 : 0;
