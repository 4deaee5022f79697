/**
 * `npm run bench`: every performance figure from one run on 127.0.0.1, printed as ONE JSON object
 * on stdout (progress goes to stderr) and written to bench/results/latest.json.
 *
 *   node dist/bench/run.js [--only floor,client,simulator,decode,reconnect,k3,nodered,scale,sessions,jobs,fleet,plant] [--out FILE]
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
import { SkipError } from './lib/skip';
import { floorAndClient, simulator } from './sections/tcp';
import { decode } from './sections/decode';
import { reconnect } from './sections/reconnect';
import { k3 } from './sections/k3';
import { nodered, scale } from './sections/nodered';
import { sessions } from './sections/sessions';
import { jobs } from './sections/jobs';
import { fleet } from './sections/fleet';
import { plant, plantOptionsFromEnv } from './sections/plant';

const ROOT = path.join(__dirname, '..', '..');
const ALL = [
  'floor',
  'client',
  'simulator',
  'decode',
  'reconnect',
  'k3',
  'nodered',
  'scale',
  'sessions',
  'jobs',
  'fleet',
  'plant',
] as const;
type SectionName = (typeof ALL)[number];

function parseArgs(argv: string[]): { only: Set<SectionName>; out: string } {
  let only = new Set<SectionName>(ALL);
  let out = path.join(ROOT, 'bench', 'results', 'latest.json');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') {
      const names = (argv[++i] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const n of names)
        if (!(ALL as readonly string[]).includes(n)) throw new Error(`unknown section ${n} (known: ${ALL.join(', ')})`);
      only = new Set(names as SectionName[]);
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

async function section(
  name: string,
  fn: () => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  log(`${name} …`);
  let result: Record<string, unknown>;
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
}

function num(o: Record<string, unknown> | undefined, key: string): number | undefined {
  const v = o?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

interface Target {
  pass: boolean | null;
  measured: unknown;
  limit: string;
}

function targets(r: Record<string, Record<string, unknown> | undefined>): {
  targets: Record<string, boolean | null>;
  targetDetails: Record<string, Target>;
} {
  const d: Record<string, Target> = {};
  const floorP50 = num(r.floor, 'rttP50Us');
  const clientP50 = num(r.client, 'rttP50Us');
  const floorRate = num(r.floor, 'msgsPerSec');
  const clientRate = num(r.client, 'msgsPerSec');
  const clientRatio = num(r.client, 'p50Ratio');
  d.clientP50 = {
    limit: 'client p50 ≤ 1.5 × floor p50 (median of the ratios of adjacent floor/client slices; pooled ratio alongside)',
    measured:
      clientRatio !== undefined
        ? { ratio: clientRatio, pooledRatio: num(r.client, 'p50RatioPooled'), clientP50Us: clientP50, floorP50Us: floorP50 }
        : null,
    pass: clientRatio !== undefined ? clientRatio <= 1.5 : null,
  };
  d.clientPipelined = {
    limit: 'client msgs/s (64 in flight) ≥ 60 % of floor msgs/s',
    measured:
      floorRate && clientRate
        ? { ratio: round(clientRate / floorRate, 3), clientMsgsPerSec: clientRate, floorMsgsPerSec: floorRate }
        : null,
    pass: floorRate && clientRate ? clientRate >= 0.6 * floorRate : null,
  };
  const simRatio = num(r.simulator, 'throughputRatioToFloor');
  d.simulatorPipelined = {
    limit: 'our client against the simulator (own process), msgs/s (64 in flight) ≥ 40 % of floor msgs/s',
    measured:
      simRatio !== undefined ? { ratio: simRatio, simulatorMsgsPerSec: num(r.simulator, 'msgsPerSec'), floorMsgsPerSec: floorRate } : null,
    pass: simRatio !== undefined ? simRatio >= 0.4 : null,
  };
  const runs = (r.nodered?.runs as Record<string, unknown>[] | undefined) ?? [];
  d.noderedThroughput = {
    limit: '≥ 5,000 msgs/s through driver → kortex-list-connections → sink (1 and 20 function nodes)',
    measured: runs.length ? runs.map((x) => ({ functionNodes: x.functionNodes, msgsPerSec: x.msgsPerSec })) : null,
    pass: runs.length ? runs.every((x) => typeof x.msgsPerSec === 'number' && x.msgsPerSec >= 5000) : null,
  };
  d.noderedEventLoop = {
    limit: 'event-loop delay p99 < 20 ms during the Node-RED runs',
    measured: runs.length ? runs.map((x) => ({ functionNodes: x.functionNodes, eventLoopDelayP99Ms: x.eventLoopDelayP99Ms })) : null,
    pass: runs.length ? runs.every((x) => typeof x.eventLoopDelayP99Ms === 'number' && x.eventLoopDelayP99Ms < 20) : null,
  };
  const perNode = num(r.scale, 'perNodeKB');
  d.scaleMemory = {
    limit:
      'per function node < 50 KB (RSS retained after a full GC, young generation capped; see scale.defaultV8 for RSS with default V8 settings)',
    measured:
      perNode === undefined
        ? null
        : {
            perNodeKB: perNode,
            perNodeHeapKB: num(r.scale, 'perNodeHeapKB'),
            perNodeKBDefaultV8: num(r.scale?.defaultV8 as Record<string, unknown> | undefined, 'perNodeKB'),
            nodeRedOwnPerNodeKB: num(r.scale?.nodeRedBaseline as Record<string, unknown> | undefined, 'perNodeKB'),
          },
    pass: perNode === undefined ? null : perNode < 50,
  };
  const points = (r.scale?.points as Record<string, unknown>[] | undefined) ?? [];
  d.scaleSockets = {
    limit: 'one socket to the robot with 1, 50 and 200 function nodes',
    measured: points.length
      ? points.map((p) => ({ functionNodes: p.functionNodes, sockets: p.socketsToRobot, robotSide: p.robotSideConnections }))
      : null,
    pass: points.length
      ? points.every((p) => p.socketsToRobot === 1 && (p.robotSideConnections === undefined || p.robotSideConnections === 1))
      : null,
  };
  const rec = num(r.reconnect, 'attemptToOpenMsMax');
  d.reconnect = {
    limit: 'session open ≤ 250 ms after the first backoff retry that finds the robot (worst trial)',
    measured: rec ?? null,
    pass: rec === undefined ? null : rec <= 250 && r.reconnect?.allFirstRetryFoundRobot === true,
  };
  const k3Ratio = num(r.k3, 'p50Ratio');
  d.k3P50 = {
    limit: 'K3 client p50 ≤ 1.5 × raw MQTT v5 request/response p50, same broker (median of adjacent slice ratios; pooled alongside)',
    measured:
      k3Ratio === undefined
        ? null
        : {
            ratio: k3Ratio,
            pooledRatio: num(r.k3, 'p50RatioPooled'),
            clientP50Us: num(r.k3, 'rttP50Us'),
            floorP50Us: num(r.k3, 'floorRttP50Us'),
          },
    pass: k3Ratio === undefined ? null : k3Ratio <= 1.5,
  };
  const allOf = (part: unknown): Record<string, unknown> | undefined => (part as { all?: Record<string, unknown> } | undefined)?.all;
  const pushMax = num(allOf(r.sessions?.push), 'maxMs');
  d.sessionsPush = {
    limit: 'K3: a session change reaches the flow in < 500 ms (worst login or logout, pushed)',
    measured: pushMax ?? null,
    pass: pushMax === undefined ? null : pushMax < 500,
  };
  const poll = r.sessions?.poll as Record<string, unknown> | undefined;
  const pollMax = num(allOf(poll), 'maxMs');
  const interval = num(poll, 'intervalMs');
  d.sessionsPoll = {
    limit: "K2: a session change reaches the flow within one poll interval (+ the poll's own round trip, ≤ 300 ms)",
    measured: pollMax === undefined ? null : { maxMs: pollMax, intervalMs: interval },
    pass: pollMax === undefined || interval === undefined ? null : pollMax <= interval + 300,
  };
  const jobsK2 = allOf(r.jobs?.k2);
  const jobsK3 = allOf(r.jobs?.k3);
  const jobP = (a: Record<string, unknown> | undefined): Record<string, unknown> | null =>
    a ? { p50Ms: num(a, 'p50Ms'), p99Ms: num(a, 'p99Ms'), maxMs: num(a, 'maxMs') } : null;
  d.jobEventLatency = {
    limit:
      "K2 over TCP: a job event (started, done) reaches the flow from the robot's notification in p50 < 5 ms and p99 < 20 ms (K3 over mosquitto beside)",
    measured: jobsK2 ? { ...jobP(jobsK2), k3Beside: jobP(jobsK3) } : null,
    pass: jobsK2 ? (num(jobsK2, 'p50Ms') ?? Infinity) < 5 && (num(jobsK2, 'p99Ms') ?? Infinity) < 20 : null,
  };
  Object.assign(d, fleetTargets(r.fleet));
  Object.assign(d, plantTargets(r.plant));
  const t: Record<string, boolean | null> = {};
  for (const [k, v] of Object.entries(d)) t[k] = v.pass;
  return { targets: t, targetDetails: d };
}

/** The fleet targets at N = 100, for the TCP point and the K3 (one mosquitto) point alike. */
function fleetTargets(f: Record<string, unknown> | undefined): Record<string, Target> {
  const points = [
    ...((f?.points as Record<string, unknown>[] | undefined) ?? []).filter((p) => p.robots === 100),
    ...(f?.k3 && typeof (f.k3 as Record<string, unknown>).robots === 'number' ? [f.k3 as Record<string, unknown>] : []),
  ];
  const check = (limit: string, pick: (p: Record<string, unknown>) => unknown, ok: (v: unknown) => boolean): Target => ({
    limit,
    measured: points.length ? points.map((p) => ({ transport: p.transport, robots: p.robots, value: pick(p) })) : null,
    pass: points.length ? points.every((p) => ok(pick(p))) : null,
  });
  const n = (v: unknown): number => (typeof v === 'number' ? v : NaN);
  return {
    fleetCpu: check(
      'N = 100: Node-RED CPU added < 5 % of one core (minus the same process with no robot)',
      (p) => p.cpuAddedPercentOfOneCore,
      (v) => n(v) < 5,
    ),
    fleetEventLoop: check(
      'N = 100: event-loop delay p99 < 20 ms',
      (p) => p.eventLoopDelayP99Ms,
      (v) => n(v) < 20,
    ),
    fleetMemory: check(
      'N = 100: < 300 KB RSS per robot',
      (p) => p.rssPerRobotKB,
      (v) => n(v) < 300,
    ),
    fleetOpen: check(
      'N = 100: every session open within 10 s of the deploy',
      (p) => p.allSessionsOpenMs,
      (v) => n(v) <= 10000,
    ),
    fleetStarvation: check(
      'N = 100: no robot starved (every poll gap within 1 s ± 20 %)',
      (p) => p.starved,
      (v) => v === 0,
    ),
  };
}

/** The plant's failure cases: each case's own { pass, seconds } against its target. */
function plantTargets(p: Record<string, unknown> | undefined): Record<string, Target> {
  const f = p?.failures as Record<string, Record<string, unknown> | undefined> | undefined;
  const one = (c: Record<string, unknown> | undefined): Target => ({
    limit: typeof c?.target === 'string' ? c.target : 'not measured',
    measured: c ? { seconds: c.seconds ?? null, ...(c.error ? { error: c.error } : {}) } : null,
    pass: typeof c?.pass === 'boolean' ? c.pass : null,
  });
  const killed = f?.cellKilled;
  return {
    plantBrokerRestart: one(f?.brokerRestart),
    plantCellKilledOffline: killed?.error ? one(killed) : one(killed?.offline as Record<string, unknown> | undefined),
    plantCellRestartedOnline: killed?.error ? one(killed) : one(killed?.online as Record<string, unknown> | undefined),
    plantLateOverview: one(f?.lateOverview),
    plantCut: one(f?.cut),
  };
}

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
  const tcpOptions = { rounds: 3, rttMs: 700, throughputMs: 700 };
  const results: Record<string, Record<string, unknown> | undefined> = {};

  if (only.has('floor') || only.has('client')) {
    let both: { floor?: Record<string, unknown>; client?: Record<string, unknown> } | undefined;
    const r = await section(
      only.has('floor') && only.has('client') ? 'floor + client (interleaved)' : only.has('floor') ? 'floor' : 'client',
      async () => {
        both = await floorAndClient({ ...tcpOptions, floor: only.has('floor'), client: only.has('client') });
        return {};
      },
    );
    if (only.has('floor')) results.floor = both?.floor ? { ...both.floor, sectionSeconds: r.sectionSeconds } : r;
    if (only.has('client')) results.client = both?.client ?? r;
  }
  if (only.has('simulator')) results.simulator = await section('simulator', () => simulator(tcpOptions, results.floor));
  if (only.has('decode')) results.decode = await section('decode', () => decode({ sizes: [1, 50, 500], durationMs: 700 }));
  if (only.has('reconnect'))
    results.reconnect = await section('reconnect', () => reconnect({ trials: 5, initialDelayMs: 100, maxDelayMs: 1000 }));
  if (only.has('k3')) results.k3 = await section('k3', () => k3({ rounds: 3, rttMs: 600, throughputMs: 600 }));
  if (only.has('nodered')) results.nodered = await section('nodered', () => nodered({ counts: [1, 20], durationMs: 2000 }));
  if (only.has('scale')) results.scale = await section('scale', () => scale({ counts: [1, 50, 200], repeats: 2 }));
  if (only.has('sessions'))
    results.sessions = await section('sessions', () => sessions({ pushTrials: 20, pollTrials: 10, pollIntervalMs: 1000 }));
  if (only.has('jobs')) results.jobs = await section('jobs', () => jobs({ runs: 30 }));
  if (only.has('fleet'))
    results.fleet = await section('fleet', () => fleet({ counts: [1, 10, 50, 100], k3Robots: 100, durationMs: 10000, settleMs: 2000 }));
  if (only.has('plant')) results.plant = await section('plant', () => plant(plantOptionsFromEnv(process.env)));

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
