/**
 * nodered and scale: our nodes inside a real Node-RED runtime (own process each), against the
 * minimal robot (own process), so the figures are Node-RED + this package and nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ChildHandle } from '../lib/child';
import { builtNodeFile } from '../lib/embeddedNodeRed';
import { SkipError } from '../lib/skip';
import { round } from '../lib/stats';
import { ROBOT_SCRIPT } from './tcp';

const NODERED_SCRIPT = path.join(__dirname, '../children/nodered.js');

function checkNodesBuilt(): void {
  for (const type of ['kortex-session', 'kortex-list-connections']) {
    if (!fs.existsSync(builtNodeFile(type))) throw new SkipError(`the ${type} node is not built (the Node-RED nodes are missing)`);
  }
  try {
    require.resolve('node-red');
  } catch {
    throw new SkipError('node-red is not installed');
  }
}

async function startNodeRed(
  arg: { mode: 'throughput' | 'scale'; functionNodes: number; robotPort: number; nodeType?: string },
  execArgv: string[] = [],
): Promise<ChildHandle> {
  try {
    return await ChildHandle.start(NODERED_SCRIPT, arg, { execArgv, timeoutMs: 60000 });
  } catch (err) {
    const m = /SKIP: ([^\n]*)/.exec((err as Error).message);
    if (m) throw new SkipError(m[1]);
    throw err;
  }
}

export async function nodered(o: { counts: number[]; durationMs: number; window?: number }): Promise<Record<string, unknown>> {
  checkNodesBuilt();
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'minimal-tcp' });
  const port = robot.ready.port as number;
  const window = o.window ?? 64;
  const runs: Record<string, unknown>[] = [];
  try {
    for (const n of o.counts) {
      const red = await startNodeRed({ mode: 'throughput', functionNodes: n, robotPort: port });
      try {
        const r = await red.request<Record<string, unknown>>(
          'run',
          { window, warmupMs: 700, durationMs: o.durationMs },
          o.durationMs + 30000,
        );
        const stats = await robot.request<{ connections: number }>('stats');
        runs.push({ ...r, robotSideConnections: stats.connections });
      } finally {
        await red.stop();
      }
    }
  } finally {
    await robot.stop();
  }
  return {
    what:
      `Node-RED ${nodeRedVersion()} embedded in its own process; flow: bench-driver → kortex-list-connections → bench-sink per chain, all on ONE kortex-session; ` +
      `${window} messages circulating (each arrival re-fires its chain); robot = minimal TCP server in its own process`,
    runs,
  };
}

/** One point: the smallest RSS of `repeats` fresh processes (RSS of a fresh process varies by a few MB). */
async function scalePoint(
  port: number,
  robot: ChildHandle,
  n: number,
  repeats: number,
  nodeType: string,
  v8Flags: string[],
): Promise<Record<string, unknown>> {
  const samples: Record<string, unknown>[] = [];
  for (let r = 0; r < repeats; r++) {
    const red = await startNodeRed({ mode: 'scale', functionNodes: n, robotPort: port, nodeType }, ['--expose-gc', ...v8Flags]);
    try {
      const m = await red.request<Record<string, unknown>>('measure', {}, 30000);
      const stats = await robot.request<{ connections: number }>('stats');
      samples.push({ ...m, robotSideConnections: stats.connections });
    } finally {
      await red.stop();
    }
  }
  const best = samples.reduce((a, b) => ((a.rssBytes as number) <= (b.rssBytes as number) ? a : b));
  return {
    ...best,
    rssMBSamples: samples.map((s) => s.rssMB),
    // Every sample must have held exactly one socket, not just the one kept.
    socketsToRobot: Math.max(...samples.map((s) => s.socketsToRobot as number)),
    robotSideConnections: Math.max(...samples.map((s) => s.robotSideConnections as number)),
  };
}

const perNode = (key: string, a: Record<string, unknown>, b: Record<string, unknown>): number =>
  round(((b[key] as number) - (a[key] as number)) / ((b.functionNodes as number) - (a.functionNodes as number)) / 1024, 1);

/**
 * Young-generation pages touched by start-up garbage stay in RSS after a full GC, and how many
 * depends on how much garbage start-up made, not on what the nodes keep. Capping the semi-space
 * at 1 MB leaves RSS with what is retained: the per-node figure. Default V8 settings are measured too.
 */
const RETAINED_FLAGS = ['--max-semi-space-size=1'];

export async function scale(o: { counts: number[]; repeats: number }): Promise<Record<string, unknown>> {
  checkNodesBuilt();
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'minimal-tcp' });
  const port = robot.ready.port as number;
  const ends = [o.counts[0], o.counts[o.counts.length - 1]];
  const points: Record<string, unknown>[] = [];
  const defaults: Record<string, unknown>[] = [];
  const baseline: Record<string, unknown>[] = [];
  try {
    for (const n of o.counts) points.push(await scalePoint(port, robot, n, o.repeats, 'kortex-list-connections', RETAINED_FLAGS));
    for (const n of ends) defaults.push(await scalePoint(port, robot, n, o.repeats, 'kortex-list-connections', []));
    // Node-RED's own cost of a node: the same flows with a trivial pass-through node instead.
    for (const n of ends) baseline.push(await scalePoint(port, robot, n, o.repeats, 'bench-pass', RETAINED_FLAGS));
  } finally {
    await robot.stop();
  }
  const first = points[0];
  const last = points[points.length - 1];
  const brief = (p: Record<string, unknown>) => ({
    functionNodes: p.functionNodes,
    rssMB: p.rssMB,
    heapUsedMB: p.heapUsedMB,
    rssMBSamples: p.rssMBSamples,
  });
  const out: Record<string, unknown> = {
    what:
      `fresh Node-RED process per sample (${o.repeats} per point, smallest RSS kept), N kortex-list-connections nodes on one kortex-session, ` +
      `one call through every node, then a full GC (--expose-gc ${RETAINED_FLAGS.join(' ')}); per-node = (value at max N − value at N=1) / ΔN`,
    perNodeKB: perNode('rssBytes', first, last),
    perNodeHeapKB: perNode('heapUsedBytes', first, last),
  };
  if (points.length > 2) out.perNodeKBFirstStep = perNode('rssBytes', first, points[1]);
  out.defaultV8 = {
    what: 'the same with default V8 settings: RSS then also holds young-generation pages touched by start-up garbage',
    perNodeKB: perNode('rssBytes', defaults[0], defaults[1]),
    perNodeHeapKB: perNode('heapUsedBytes', defaults[0], defaults[1]),
    points: defaults.map(brief),
  };
  out.nodeRedBaseline = {
    what: 'the same (semi-space capped) with a trivial pass-through node (bench-pass) in place of kortex-list-connections: what any Node-RED node costs',
    perNodeKB: perNode('rssBytes', baseline[0], baseline[1]),
    perNodeHeapKB: perNode('heapUsedBytes', baseline[0], baseline[1]),
    points: baseline.map(brief),
  };
  for (const p of points) {
    delete p.rssBytes;
    delete p.heapUsedBytes;
  }
  out.points = points;
  return out;
}

function nodeRedVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('node-red/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
