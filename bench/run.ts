/**
 * `npm run bench`: every performance figure from one run on 127.0.0.1, printed as ONE JSON object
 * on stdout (progress goes to stderr) and written to bench/results/latest.json.
 *
 *   node dist/bench/run.js [--only floor,client,...] [--out FILE]
 *
 * The sections, their order and sizes: bench/sectionRegistry.ts; the targets: bench/targets.ts.
 *
 * plant's size: KORTEX_PLANT_CELLS, KORTEX_PLANT_ROBOTS_PER_CELL, KORTEX_PLANT_CUT_S, KORTEX_PLANT_GENERATION.
 *
 * A section whose prerequisites are missing (Node-RED nodes not built, no mosquitto, ...) is
 * recorded as { "skipped": "reason" }; a section that fails is recorded as { "error": "..." }.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { round } from './lib/stats';
import { targets } from './targets';
import { SkipError } from './lib/skip';
import { SECTION_NAMES, SectionName, SectionResult, SectionRunner, parseSectionNames, runSections } from './sectionRegistry';

const ROOT = path.join(__dirname, '..', '..');

function parseArgs(argv: string[]): { only: Set<SectionName>; out: string } {
  let only = new Set<SectionName>(SECTION_NAMES);
  let out = path.join(ROOT, 'bench', 'results', 'latest.json');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') {
      only = parseSectionNames(argv[++i] ?? '');
    } else if (argv[i] === '--out') {
      out = path.resolve(argv[++i] ?? out);
    } else {
      throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return { only, out };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

const section: SectionRunner = async (name, fn) => {
  const t0 = performance.now();
  log(`${name} …`);
  let result: SectionResult;
  try {
    result = await fn();
  } catch (err) {
    if (err instanceof SkipError) result = { skipped: err.message };
    else result = { error: (err as Error)?.stack?.split('\n').slice(0, 4).join(' | ') ?? String(err) };
  }
  const seconds = round((performance.now() - t0) / 1000, 1);
  log(
    `${name} done in ${seconds} s${result.skipped ? ` (skipped: ${String(result.skipped)})` : result.error ? ` (error: ${String(result.error)})` : ''}`,
  );
  return { ...result, sectionSeconds: seconds };
};

async function main(): Promise<void> {
  const { only, out } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const cpus = os.cpus();
  const machine = {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemMB: Math.round(os.totalmem() / 2 ** 20),
    loadAvgAtStart: os.loadavg().map((l) => round(l, 2)),
  };
  const results = await runSections(only, section);

  const { targets: t, targetDetails } = targets(results);
  const report = {
    benchmark: '@kortex-flows/node-red-kortex',
    date: new Date().toISOString(),
    machine: { ...machine, loadAvgAtEnd: os.loadavg().map((l) => round(l, 2)) },
    ...results,
    targets: t,
    targetDetails,
    totalSeconds: round((performance.now() - started) / 1000, 1),
  };
  const json = JSON.stringify(report, null, 2);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${json}\n`);
  process.stdout.write(`${json}\n`);
  log(`written to ${path.relative(process.cwd(), out) || out}`);
  // Anything still open here would keep the process alive: say so (stderr) rather than hang silently.
  // (Handles of exited helpers finish closing on the next loop turns.)
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const own = new Set<unknown>([process.stdin, process.stdout, process.stderr]);
  const handles = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles().filter((h) => !own.has(h));
  if (handles.length) log(`still active after the run: ${handles.map((h) => h.constructor.name).join(', ')}`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exitCode = 1;
});
