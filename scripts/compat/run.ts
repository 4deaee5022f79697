/**
 * `npm run test:compat`: the package against each Node-RED and Node of the compatibility matrix
 * (./matrix.ts). For each, the runtimes come from the cache (./runtimes.ts) and mocha runs, under
 * that Node, the tests that need a real Node-RED with $KORTEX_NODE_RED_DIR pointing at that
 * Node-RED: the packed package in a fresh user directory, the runtime tests (node-red-node-test-
 * helper initialised on that runtime), and every end-to-end test that starts Node-RED: the editor,
 * sidebar and dashboard in chromium, the demo, the Test connection endpoint, the catalogues and the
 * fleet overview. Prints the versions of each run, a pass/fail line per run and a
 * closing "N passed, M failed"; exits 1 when any run failed.
 *
 * Environment: KORTEX_COMPAT_ONLY=<index,…> runs only those matrix entries (0-based);
 * KORTEX_COMPAT_CACHE moves the cache (default ${XDG_CACHE_HOME:-~/.cache}/node-red-kortex-compat).
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CompatTarget, compatMatrix } from './matrix';
import { NODE_RED_DIR_ENV, cacheDir, ensureNode, ensureNodeRed, repoRoot } from './runtimes';

/** Test files that need a real Node-RED, relative to the repository; globs end in *.test.ts. */
const TEST_PATTERNS = [
  'test/package/pack.test.ts',
  'test/nodered/*.test.ts',
  // Every end-to-end test, whoever adds one: the editor, sidebar and dashboard in chromium, the demo,
  // Test connection, catalogues, the fleet overview (a few Node-RED processes each).
  'test/e2e/*.test.ts',
];
/** End-to-end tests that start no Node-RED: the binaries, and npm start's process handling. */
const NOT_ABOUT_NODE_RED = ['test/e2e/cliBinaries.test.ts', 'test/e2e/npmStart.test.ts'];

function expand(pattern: string): string[] {
  const dir = path.posix.dirname(pattern);
  const base = path.posix.basename(pattern);
  if (!base.includes('*')) return fs.existsSync(path.join(repoRoot, pattern)) ? [pattern] : [];
  const re = new RegExp(
    `^${base
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  const full = path.join(repoRoot, dir);
  return fs.existsSync(full)
    ? fs
        .readdirSync(full)
        .filter((f) => re.test(f))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];
}

function testFiles(): string[] {
  const files = [...new Set(TEST_PATTERNS.flatMap(expand))].filter((f) => !NOT_ABOUT_NODE_RED.includes(f));
  for (const needed of [
    'test/package/pack.test.ts',
    'test/nodered/lifecycle.test.ts',
    'test/e2e/editor.test.ts',
    'test/e2e/sidebar.test.ts',
  ]) {
    if (!files.includes(needed)) throw new Error(`${needed} is missing: the compatibility run needs it`);
  }
  return files;
}

interface RunResult {
  label: string;
  passed: boolean;
  seconds: number;
  detail: string;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The mocha run in progress, and the signal that asked the whole run to stop. */
let currentRun: ChildProcess | undefined;
let stoppedBy: NodeJS.Signals | undefined;

/** A signal ends the mocha run in progress and skips the rest; during an install it exits at once. */
function stopOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      stoppedBy = signal;
      if (currentRun) currentRun.kill(signal);
      // Nothing of ours runs but npm (killed by the runtimes' exit hook).
      else process.exit(1);
    });
  }
}

function runMocha(node: string, nodeRedDir: string, files: string[]): Promise<number | null> {
  const mocha = require.resolve('mocha/bin/mocha.js', { paths: [repoRoot] });
  const args = [
    mocha,
    '--no-config',
    '--require',
    'tsx/cjs',
    '--require',
    'test/setup.ts',
    '--timeout',
    '30000',
    '--reporter',
    'spec',
    ...files,
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [NODE_RED_DIR_ENV]: nodeRedDir,
    // The Node under test also runs whatever the tests start by name (node, npm).
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
    NODE_OPTIONS: '',
  };
  // Where available, mocha ends with this process even when it is killed outright.
  const setpriv = process.platform === 'linux' && fs.existsSync('/usr/bin/setpriv') ? '/usr/bin/setpriv' : undefined;
  return new Promise((resolve, reject) => {
    const child = setpriv
      ? spawn(setpriv, ['--pdeathsig', 'TERM', '--', node, ...args], { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit'] })
      : spawn(node, args, { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
    currentRun = child;
    child.once('error', (err) => {
      currentRun = undefined;
      reject(err);
    });
    child.once('exit', (code, signal) => {
      currentRun = undefined;
      resolve(signal ? null : code);
    });
  });
}

async function runTarget(target: CompatTarget, files: string[]): Promise<RunResult> {
  const started = Date.now();
  let label = `Node-RED ${target.nodeRed} on Node ${target.nodeMajor}`;
  try {
    const node = await ensureNode(target.nodeMajor);
    const nodeRed = await ensureNodeRed(target.nodeRed);
    label = `Node-RED ${nodeRed.version} on Node ${node.version}`;
    say('');
    say(`=== ${label} (${target.why}) ===`);
    say(`    node:     ${node.node}${node.current ? ' (the Node running this script)' : ''}`);
    say(`    node-red: ${nodeRed.dir}`);
    const code = await runMocha(node.node, nodeRed.dir, files);
    const seconds = (Date.now() - started) / 1000;
    return {
      label,
      passed: code === 0,
      seconds,
      detail: code === 0 ? '' : code === null ? 'mocha was killed' : `mocha exited with ${code}`,
    };
  } catch (err) {
    return { label, passed: false, seconds: (Date.now() - started) / 1000, detail: (err as Error).message };
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const matrix = compatMatrix(repoRoot);
  const only = process.env.KORTEX_COMPAT_ONLY?.split(',').map(Number);
  const targets = only ? matrix.filter((_, i) => only.includes(i)) : matrix;
  const files = testFiles();
  const builtNodes = (
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { 'node-red': { nodes: Record<string, string> } }
  )['node-red'].nodes;
  for (const built of [...Object.values(builtNodes), 'dist/scripts/demo/main.js']) {
    if (!fs.existsSync(path.join(repoRoot, built)))
      throw new Error(`${built} is missing: run "npm run build" first (npm run test:compat does)`);
  }
  say(`compatibility run: ${targets.length} runtime(s), cache ${cacheDir()}`);
  say(`tests: ${files.join(' ')}`);
  stopOnSignals();
  const results: RunResult[] = [];
  for (const target of targets) {
    if (stoppedBy) break;
    results.push(await runTarget(target, files));
  }

  say('');
  say('=== compatibility summary ===');
  for (const r of results) say(`${r.passed ? 'PASS' : 'FAIL'}  ${r.label}  (${r.seconds.toFixed(0)} s)${r.detail ? `  ${r.detail}` : ''}`);
  const failed = results.filter((r) => !r.passed).length;
  say(`${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (stoppedBy) say(`stopped by ${stoppedBy} after ${results.length} of ${targets.length} runs`);
  process.exitCode = failed || stoppedBy ? 1 : 0;
}

main().catch((err: unknown) => {
  process.stderr.write(`compatibility run failed: ${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
