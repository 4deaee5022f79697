/**
 * `npm run mutate`: mutation testing with StrykerJS (stryker.config.mjs; the score and the
 * equivalent mutants: docs/reliability.md#mutation-score). Arguments go to `stryker run`, e.g.
 * `npm run mutate -- --mutate 'src/protocol/**' --concurrency 2`.
 *
 * StrykerJS 10, the first with Mocha 12 support, needs Node 22.18 or newer (its Babel 8 parser:
 * ^22.18 or >=24.11) while the package supports Node 20. On an older Node the run takes Node 22
 * from the compatibility run's cache (./compat/runtimes.ts), downloaded once. Stryker runs at the
 * lowest CPU priority: a full run takes hours and should not slow the rest of the machine.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ensureNode, repoRoot } from './compat/runtimes';
import { forgetStaleStaticMutants, incrementalFileOf } from './lib/staleStaticMutants';

/** stryker.config.mjs's `incrementalFile`. */
const DEFAULT_INCREMENTAL_FILE = 'reports/stryker-incremental.json';

function runsStryker(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  return (major === 22 && minor >= 18) || (major === 24 && minor >= 11) || major >= 25;
}

async function strykerNode(): Promise<string> {
  if (runsStryker(process.versions.node)) return process.execPath;
  const runtime = await ensureNode(22);
  if (!runsStryker(runtime.version)) throw new Error(`StrykerJS needs Node 22.18 or newer; this is Node ${runtime.version}`);
  process.stderr.write(`mutate: StrykerJS runs on Node ${runtime.version} (${runtime.node}); this is Node ${process.versions.node}\n`);
  return runtime.node;
}

async function main(): Promise<number> {
  const node = await strykerNode();
  const stryker = path.join(repoRoot, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
  const preload = path.join(repoRoot, 'scripts', 'stryker-mocha12.js');
  const args = process.argv.slice(2);
  const forgotten = forgetStaleStaticMutants(path.resolve(repoRoot, incrementalFileOf(args, DEFAULT_INCREMENTAL_FILE)));
  if (forgotten > 0) process.stderr.write(`mutate: ${forgotten} static mutants that survived before are tested again\n`);
  const child = spawn(node, ['--require', preload, stryker, 'run', ...args], { cwd: repoRoot, stdio: 'inherit' });
  if (child.pid !== undefined) os.setPriority(child.pid, 19);
  // Ctrl-C reaches Stryker too (same process group); it cleans its sandboxes up before it exits.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`mutate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
