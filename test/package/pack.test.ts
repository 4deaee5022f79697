/**
 * The published package: `npm pack` holds what Node-RED needs (built nodes with their .html,
 * locales and icons, the editor scripts in resources/, the examples, README, LICENSE) and nothing
 * it does not (tests, TypeScript sources, tooling); the tarball, installed into a fresh Node-RED
 * user directory, loads all node types with their help text, serves the editor scripts and the
 * icons and lists its example flows. Needs `npm run build` first (pretest).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nodeRedVersionAt, selectedNodeRedDir } from '../../scripts/compat/runtimes';
import { NodeRedProcess, getJson, makeTempDir, removeDir, repoRoot, startNodeRed, writeSettings } from '../e2e/nodeRed';
import { NODE_TYPES, packageJson } from '../helpers/packageNodes';

interface PackResult {
  filename: string;
  files: Array<{ path: string; size: number }>;
}

interface NodeSetInfo {
  id: string;
  name: string;
  types: string[];
  enabled: boolean;
  module: string;
  err?: string;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The one source copy of the nodes' icons; the build puts them beside every node's .js. */
const SOURCE_ICONS = fs.readdirSync(path.join(repoRoot, 'nodes', 'icons'));
const CORE_ICONS_DIR = path.join(path.dirname(require.resolve('@node-red/nodes/package.json', { paths: [selectedNodeRedDir()] })), 'icons');

/**
 * The files of resources/ the editor .html files load (`<script src="resources/<package>/<file>">`):
 * Node-RED serves them from the package's top-level resources/ folder, and holds back the node
 * file's own scripts until they have loaded, so a missing one leaves the node unregistered.
 */
function editorResources(): string[] {
  const prefix = `resources/${packageJson.name}/`;
  const found = new Set<string>();
  for (const file of Object.values(packageJson['node-red'].nodes)) {
    const html = fs.readFileSync(path.join(repoRoot, file.replace(/\.js$/, '.html')), 'utf8');
    for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/g)) {
      assert.ok(m[1].startsWith(prefix), `${file}: a script from outside ${prefix}: ${m[1]}`);
      found.add(m[1].slice(prefix.length));
    }
  }
  return [...found];
}

describe('npm package', function () {
  this.timeout(60_000);

  let workDir: string | undefined;
  let tarball = '';
  let files: string[] = [];
  let red: NodeRedProcess | undefined;

  before(function () {
    for (const file of Object.values(packageJson['node-red'].nodes)) {
      assert.ok(fs.existsSync(path.join(repoRoot, file)), `${file} is missing: run "npm run build" first`);
    }
    workDir = makeTempDir('kortex-pack-');
    const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false', npm_config_fund: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result = (JSON.parse(out) as PackResult[])[0];
    tarball = path.join(workDir, result.filename);
    files = result.files.map((f) => f.path);
    assert.ok(fs.existsSync(tarball), `npm pack wrote no ${tarball}`);
  });

  after(async function () {
    await red?.stop();
    red = undefined;
    removeDir(workDir);
  });

  it('holds every node built: .js, .html, en-US help and messages', function () {
    for (const [type, file] of Object.entries(packageJson['node-red'].nodes)) {
      const html = file.replace(/\.js$/, '.html');
      const dir = path.posix.dirname(file);
      const base = path.posix.basename(html);
      for (const needed of [file, html, `${dir}/locales/en-US/${base}`, `${dir}/locales/en-US/${base.replace(/\.html$/, '.json')}`]) {
        assert.ok(files.includes(needed), `${type}: ${needed} is not in the tarball`);
      }
    }
  });

  it('holds the icons the nodes use, the example flows, README.md, LICENSE and package.json', function () {
    for (const needed of ['package.json', 'README.md', 'LICENSE']) assert.ok(files.includes(needed), `${needed} is not in the tarball`);
    const examples = files.filter((f) => /^examples\/.+\.json$/.test(f));
    assert.ok(examples.length >= NODE_TYPES.length - 1, `only ${examples.length} example flows packed: ${examples.join(', ')}`);
    // Node-RED serves the icons of an `icons/` folder beside a node's .js: each node folder gets the
    // one source copy (nodes/icons/) at build time.
    for (const file of Object.values(packageJson['node-red'].nodes)) {
      for (const icon of SOURCE_ICONS) {
        const packed = `${path.posix.dirname(file)}/icons/${icon}`;
        assert.ok(files.includes(packed), `icon ${packed} is not in the tarball`);
      }
      // Every icon an editor .html names is ours or one of Node-RED's own.
      const html = fs.readFileSync(path.join(repoRoot, file.replace(/\.js$/, '.html')), 'utf8');
      for (const m of html.matchAll(/\bicon\s*:\s*["']([^"'/]+\.(?:svg|png))["']/g)) {
        assert.ok(
          SOURCE_ICONS.includes(m[1]) || fs.existsSync(path.join(CORE_ICONS_DIR, m[1])),
          `${file}: icon ${m[1]} is neither in nodes/icons/ nor a core icon`,
        );
      }
    }
  });

  it('holds the editor scripts the nodes load from resources/', function () {
    const resources = editorResources();
    assert.ok(resources.includes('kortex-sidebar.js'), `the sidebar script is not loaded by any node .html: ${resources.join(', ')}`);
    for (const file of resources) assert.ok(files.includes(`resources/${file}`), `resources/${file} is not in the tarball`);
  });

  it('holds no tests, TypeScript sources, tooling or local state', function () {
    const unwanted = files.filter(
      (f) =>
        /^(test|tests|bench|scripts|\.ci|\.demo|docs|coverage|node_modules|src|nodes|locales)\//.test(f) ||
        /^dist\/(test|bench|scripts)\//.test(f) ||
        (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)) ||
        /(^|\/)(tsconfig[^/]*\.json|\.mocharc[^/]*|\.gitignore|package-lock\.json|test-output\/.*)$/.test(f) ||
        /\.tgz$/.test(f),
    );
    assert.deepEqual(unwanted, [], `unexpected files in the tarball:\n  ${unwanted.join('\n  ')}`);
  });

  it('installs into a fresh Node-RED user directory and loads all node types with help and examples', async function () {
    this.timeout(45_000);
    const userDir = path.join(workDir!, 'userdir');
    const moduleDir = path.join(userDir, 'node_modules', ...packageJson.name.split('/'));
    fs.mkdirSync(moduleDir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', moduleDir, '--strip-components=1']);
    // Runtime dependencies come from the repository's node_modules (the test runs offline).
    for (const dep of Object.keys(packageJson.dependencies ?? {})) {
      const target = path.join(userDir, 'node_modules', ...dep.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.symlinkSync(path.join(repoRoot, 'node_modules', ...dep.split('/')), target, 'dir');
    }
    writeSettings(userDir);
    red = await startNodeRed(userDir);
    // The runtime that answers is the one under test ($KORTEX_NODE_RED_DIR in the compatibility run).
    const runtime = await getJson<{ version: string }>(`${red.url}/settings`);
    // (Node-RED appends "-git" when it finds a .git folder four levels up: the repository's own copy.)
    assert.equal(runtime.version.replace(/-git$/, ''), nodeRedVersionAt(selectedNodeRedDir()), 'Node-RED version of the running runtime');

    const sets = await getJson<NodeSetInfo[]>(`${red.url}/nodes`);
    const ours = sets.filter((s) => s.module === packageJson.name);
    const problems = ours.filter((s) => s.err || !s.enabled).map((s) => `${s.id}: ${s.err ?? 'disabled'}`);
    assert.deepEqual(problems, [], `node sets failed to load:\n${problems.join('\n')}\n${red.output()}`);
    const types = ours.flatMap((s) => s.types).sort();
    for (const type of NODE_TYPES) assert.ok(types.includes(type), `${type} not loaded (got ${types.join(', ')})`);

    // The editor's node definitions, help included (Node-RED inlines locales/<lang>/<node>.html).
    const res = await fetch(`${red.url}/nodes`, { headers: { accept: 'text/html', 'accept-language': 'en-US' } });
    assert.equal(res.status, 200);
    const html = await res.text();
    for (const type of NODE_TYPES) {
      const help = new RegExp(`<script type="text/html" data-help-name="${type}"[^>]*>([\\s\\S]*?)</script>`).exec(html);
      assert.ok(help, `no help for ${type}`);
      assert.ok(help[1].replace(/<[^>]+>/g, '').trim().length > 80, `help for ${type} is nearly empty`);
      assert.match(html, new RegExp(`RED\\.nodes\\.registerType\\(\\s*['"]${type}['"]`), `${type} is not registered in the editor`);
    }

    // The icons, where the editor asks for them (icons/<module>/<file>), as in the repository.
    for (const icon of SOURCE_ICONS) {
      const served = await fetch(`${red.url}/icons/${packageJson.name}/${icon}`);
      assert.equal(served.status, 200, `icons/${packageJson.name}/${icon} is not served`);
      assert.equal(
        await served.text(),
        fs.readFileSync(path.join(repoRoot, 'nodes', 'icons', icon), 'utf8'),
        `${icon} served differs from nodes/icons/${icon}`,
      );
    }

    // Message catalogues, one namespace per node set.
    const catalogues = await getJson<Record<string, unknown>>(`${red.url}/nodes/messages?lng=en-US`);
    for (const type of NODE_TYPES) {
      assert.ok(catalogues[`${packageJson.name}/${type}`], `no en-US message catalogue for ${type}`);
    }

    // The editor scripts, at the address the .html files load them from, as in the repository.
    for (const file of editorResources()) {
      const served = await fetch(`${red.url}/resources/${packageJson.name}/${file}`);
      assert.equal(served.status, 200, `resources/${packageJson.name}/${file} is not served`);
      assert.match(served.headers.get('content-type') ?? '', /javascript/, `${file} content type`);
      assert.equal(
        await served.text(),
        fs.readFileSync(path.join(repoRoot, 'resources', file), 'utf8'),
        `${file} served differs from resources/${file}`,
      );
    }

    // Import > Examples lists the package's flows.
    const modules = await getJson<string[]>(`${red.url}/library/examples/flows/`);
    assert.ok(modules.includes(packageJson.name), `Import > Examples does not list ${packageJson.name}: ${JSON.stringify(modules)}`);
    const packed = files.filter((f) => /^examples\/.+\.json$/.test(f));
    for (const file of packed) {
      const entry = file.replace(/^examples\//, '').replace(/\.json$/, '');
      const flow = await getJson<unknown[]>(`${red.url}/library/examples/flows/${packageJson.name}/${entry}`);
      assert.ok(Array.isArray(flow) && flow.length > 0, `example ${entry} is empty`);
    }

    await red.stop();
    red = undefined;
  });
});
