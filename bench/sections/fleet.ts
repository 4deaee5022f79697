/**
 * fleet: one Node-RED process watching N robots (each its own kortex-session and a
 * kortex-session-events node polling GetConnections every second), N = 1, 10, 50, 100 over Kortex 2
 * TCP, plus 100 Kortex 3 robots on one mosquitto, plain and over TLS (every kortex-session with
 * "Use TLS", one tls-config node, and a broker login checked against a password file). The robots
 * are `kortex-sim --robots N`'s fleet in its own process (joining the broker on its plain listener
 * with their own login); a Node-RED process with no robot is the baseline subtracted from CPU and memory.
 *
 * Some points only, a longer window, no memory runs, a CPU profile of each point's window:
 * KORTEX_FLEET_POINTS, KORTEX_FLEET_WINDOW_S, KORTEX_FLEET_SETTLE_S, KORTEX_FLEET_MEMORY=0, KORTEX_FLEET_PROFILE (fleetEnv below).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChildHandle } from '../lib/child';
import { builtNodeFile } from '../lib/embeddedNodeRed';
import { OPENSSL_BIN, makeTestCertificates } from '../../scripts/lib/certificates';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { SkipError } from '../lib/skip';
import { round, sleep } from '../lib/stats';
import type { IntervalReport } from '../children/robotFleet';

const NODERED_FLEET_SCRIPT = path.join(__dirname, '../children/noderedFleet.js');
const ROBOT_FLEET_SCRIPT = path.join(__dirname, '../children/robotFleet.js');
const WATCH_INTERVAL_S = 1;
const TOLERANCE = 0.2;
/** Broker logins of the TLS point (a throw-away broker). */
const TLS_LOGINS = {
  robots: { username: 'fleet-robots', password: 'fleet-robots-pw' },
  nodeRed: { username: 'fleet-node-red', password: 'fleet-node-red-pw' },
};

/** The TLS point: the CA file the tls-config node trusts. */
interface TlsAccess {
  caFile: string;
}

export interface FleetOptions {
  counts: number[];
  /** Robots of the K3 point on one mosquitto; 0 leaves it out. */
  k3Robots: number;
  /** Measurement window per point (ms). */
  durationMs: number;
  /** Wait after every session is open, before measuring (ms). */
  settleMs: number;
}

/**
 * What the environment asks of this run (bench/README.md, "The fleet section alone"):
 * KORTEX_FLEET_POINTS = comma list of `k2-<N>` (the TCP point with N of `counts`), `k3`, `k3-tls`
 * (default: all); KORTEX_FLEET_WINDOW_S = measurement window in s; KORTEX_FLEET_SETTLE_S = wait
 * in s after every session is open, before measuring; KORTEX_FLEET_MEMORY=0 leaves the
 * memory runs out; KORTEX_FLEET_PROFILE = a folder: each point's window under V8's CPU profiler,
 * written there as <point>.cpuprofile (KORTEX_FLEET_PROFILE_INTERVAL_US, default 100 µs).
 */
interface FleetEnv {
  points: Set<string> | undefined;
  windowMs: number | undefined;
  settleMs: number | undefined;
  memory: boolean;
  profileDir: string | undefined;
  profileIntervalUs: number;
}

function fleetEnv(env: NodeJS.ProcessEnv, o: FleetOptions): FleetEnv {
  const known = [...o.counts.map((n) => `k2-${n}`), 'k3', 'k3-tls'];
  const points = env.KORTEX_FLEET_POINTS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const p of points ?? [])
    if (!known.includes(p)) throw new Error(`KORTEX_FLEET_POINTS: unknown point ${p} (known: ${known.join(', ')})`);
  const positive = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const v = Number(raw);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number (got ${raw})`);
    return v;
  };
  const window = positive('KORTEX_FLEET_WINDOW_S');
  const settle = positive('KORTEX_FLEET_SETTLE_S');
  const profileDir = env.KORTEX_FLEET_PROFILE ? path.resolve(env.KORTEX_FLEET_PROFILE) : undefined;
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  return {
    points: points?.length ? new Set(points) : undefined,
    windowMs: window === undefined ? undefined : window * 1000,
    settleMs: settle === undefined ? undefined : settle * 1000,
    memory: env.KORTEX_FLEET_MEMORY !== '0',
    profileDir,
    profileIntervalUs: positive('KORTEX_FLEET_PROFILE_INTERVAL_US') ?? 100,
  };
}

interface PointResult extends Record<string, unknown> {
  robots: number;
  cpuPercentOfOneCore: number;
  rssBytes: number;
  heapUsedBytes: number;
}

function checkBuilt(): void {
  for (const type of ['kortex-session', 'kortex-session-events']) {
    if (!fs.existsSync(builtNodeFile(type))) throw new SkipError(`the ${type} node is not built`);
  }
  try {
    require.resolve('node-red');
  } catch {
    throw new SkipError('node-red is not installed');
  }
}

/**
 * Young-generation pages touched by start-up garbage stay in RSS after a full GC, and how many
 * depends on how much garbage start-up made, not on what each robot keeps (as in the scale
 * section). The memory runs cap the semi-space at 1 MB so RSS shows what is retained.
 */
const RETAINED_FLAGS = ['--max-semi-space-size=1'];

/**
 * The CPU runs: without V8's memory reducer, which shrinks the heap of a process that looks idle
 * once, with two full collections (200 to 350 ms of GC), some 40 s after its start: left to
 * chance it lands in one point's window and not another's (docs/performance.md, "Where a Kortex 3
 * robot's time goes").
 */
const CPU_FLAGS = ['--no-memory-reducer'];

/**
 * The target points (the largest N over TCP, Kortex 3 plain and over TLS) measure CPU this long
 * after every session is open, at least: in the first seconds of traffic V8 still compiles the hot
 * path, which cost more than the traffic itself (docs/performance.md, "Where a Kortex 3 robot's
 * time goes"). KORTEX_FLEET_SETTLE_S overrides it, and the settle of every other point.
 */
const STEADY_STATE_MS = 20_000;

/** One point's run: the options, and where its window's CPU profile goes (KORTEX_FLEET_PROFILE). */
interface PointRun extends FleetOptions {
  profile?: { file: string; intervalUs: number };
}

async function point(
  robots: number,
  transport: 'tcp' | 'mqtt',
  o: PointRun,
  broker?: MosquittoBroker,
  v8Flags: string[] = CPU_FLAGS,
  tls?: TlsAccess,
): Promise<PointResult> {
  let fleet: ChildHandle | undefined;
  let red: ChildHandle | undefined;
  try {
    let args: Record<string, unknown> = { robots, transport, watchIntervalS: WATCH_INTERVAL_S };
    if (robots > 0) {
      const brokerAuth = tls ? TLS_LOGINS.robots : undefined;
      fleet = await ChildHandle.start(ROBOT_FLEET_SCRIPT, { robots, transport, broker: broker?.url, brokerAuth }, { timeoutMs: 60000 });
      args =
        transport === 'tcp'
          ? { ...args, firstPort: fleet.ready.firstPort }
          : tls
            ? {
                ...args,
                brokerPort: broker?.tlsPort,
                namespaces: fleet.ready.namespaces,
                tls: { caFile: tls.caFile, brokerUsername: TLS_LOGINS.nodeRed.username, brokerPassword: TLS_LOGINS.nodeRed.password },
              }
            : { ...args, brokerPort: broker?.port, namespaces: fleet.ready.namespaces };
    }
    red = await ChildHandle.start(NODERED_FLEET_SCRIPT, args, { execArgv: ['--expose-gc', ...v8Flags], timeoutMs: 60000 });
    const open = await red.request<Record<string, unknown>>('waitOpen', { timeoutMs: 30000 }, 40000);
    await sleep(o.settleMs);
    await fleet?.request('record');
    const m = await red.request<PointResult>(
      'measure',
      { durationMs: o.durationMs, profileFile: o.profile?.file, profileIntervalUs: o.profile?.intervalUs },
      o.durationMs + 30000,
    );
    const intervals = fleet
      ? await fleet.request<IntervalReport>('intervals', { expectedMs: WATCH_INTERVAL_S * 1000, tolerance: TOLERANCE })
      : undefined;
    const robotSessions = fleet ? await fleet.request<number[]>('sessions') : [];
    return {
      ...m,
      loadAvg: os.loadavg().map((l) => round(l, 2)),
      transport,
      redStartMs: red.ready.redStartMs,
      ...open,
      robotsWithOneSession: robotSessions.filter((n) => n === 1).length,
      pollIntervals: intervals,
    };
  } finally {
    await red?.stop();
    await fleet?.stop();
  }
}

const perRobotKB = (key: 'rssBytes' | 'heapUsedBytes', p: PointResult, base: PointResult): number =>
  round(((p[key] as number) - (base[key] as number)) / p.robots / 1024, 1);

/** Figures of one point against the no-robot baseline; memory from the semi-space-capped runs when given. */
function versus(p: PointResult, base: PointResult, memory?: { point: PointResult; base: PointResult }): Record<string, unknown> {
  const n = p.robots;
  const iv = p.pollIntervals as IntervalReport | undefined;
  const out: Record<string, unknown> = {
    robots: n,
    transport: p.transport,
    cpuAddedPercentOfOneCore: round(p.cpuPercentOfOneCore - base.cpuPercentOfOneCore, 2),
    cpuPercentOfOneCore: p.cpuPercentOfOneCore,
    cpuMsInWindow: p.cpuMsInWindow,
    baselineCpuMsInWindow: base.cpuMsInWindow,
    eventLoopDelayP99Ms: p.eventLoopDelayP99Ms,
    eventLoopDelayMaxMs: p.eventLoopDelayMaxMs,
    rssPerRobotKB: memory ? perRobotKB('rssBytes', memory.point, memory.base) : null,
    heapPerRobotKB: memory ? perRobotKB('heapUsedBytes', memory.point, memory.base) : null,
    // At small N the default-V8 difference is mostly how far the young generation grew: noise.
    rssPerRobotKBDefaultV8: memory ? perRobotKB('rssBytes', p, base) : null,
    heapPerRobotKBDefaultV8: perRobotKB('heapUsedBytes', p, base),
    rssMB: p.rssMB,
    sockets: p.sockets,
    allSessionsOpenMs: p.allOpenMs,
    firstSessionOpenMs: p.firstOpenMs,
    medianSessionOpenMs: p.medianOpenMs,
    nodesLoadedMs: p.nodesLoadedMs,
    sessionsOpened: p.opened,
    robotsWithOneSession: p.robotsWithOneSession,
    pollIntervals: iv,
    starved: iv ? iv.robotsOutside : null,
    otherStateMsgsInWindow: p.otherStateMsgsInWindow,
    seconds: p.seconds,
    loadAvg: p.loadAvg,
  };
  return out;
}

export async function fleet(options: FleetOptions): Promise<Record<string, unknown>> {
  checkBuilt();
  const env = fleetEnv(process.env, options);
  const o = { ...options, durationMs: env.windowMs ?? options.durationMs, settleMs: env.settleMs ?? options.settleMs };
  const steadySettleMs = env.settleMs ?? Math.max(options.settleMs, STEADY_STATE_MS);
  const wanted = (name: string): boolean => !env.points || env.points.has(name);
  /** A point's CPU run; `steady`: a target point, measured in the steady state. */
  const run = (name: string, steady = false): PointRun => ({
    ...o,
    settleMs: steady ? steadySettleMs : o.settleMs,
    ...(env.profileDir ? { profile: { file: path.join(env.profileDir, `${name}.cpuprofile`), intervalUs: env.profileIntervalUs } } : {}),
  });
  const baseline = await point(0, 'tcp', run('baseline'));
  const memoryRun = { ...o, durationMs: 1000, settleMs: 1000 };
  const memoryBase = env.memory ? await point(0, 'tcp', memoryRun, undefined, RETAINED_FLAGS) : undefined;
  const largest = Math.max(...o.counts);
  const points: Record<string, unknown>[] = [];
  for (const n of o.counts) {
    if (!wanted(`k2-${n}`)) continue;
    const memory =
      n === largest && memoryBase ? { point: await point(n, 'tcp', memoryRun, undefined, RETAINED_FLAGS), base: memoryBase } : undefined;
    points.push(versus(await point(n, 'tcp', run(`k2-${n}`, n === largest)), baseline, memory));
  }
  let k3: Record<string, unknown>;
  if (o.k3Robots <= 0 || !wanted('k3')) {
    k3 = { skipped: 'not asked for' };
  } else if (!fs.existsSync(MOSQUITTO_BIN)) {
    k3 = { skipped: `no mosquitto at ${MOSQUITTO_BIN}` };
  } else {
    const broker = await startMosquitto();
    try {
      const memory = memoryBase
        ? { point: await point(o.k3Robots, 'mqtt', memoryRun, broker, RETAINED_FLAGS), base: memoryBase }
        : undefined;
      k3 = versus(await point(o.k3Robots, 'mqtt', run('k3', true), broker), baseline, memory);
    } finally {
      await broker.dispose();
    }
  }
  const k3Tls = wanted('k3-tls') ? await tlsPoint(run('k3-tls', true), baseline, memoryBase, memoryRun, k3) : { skipped: 'not asked for' };
  return {
    what:
      `one Node-RED process (own process, --expose-gc); per robot one kortex-session and one kortex-session-events node watching connections every ${WATCH_INTERVAL_S} s; ` +
      'robots = startFleet (kortex-sim --robots N) in its own process. Baseline = the same Node-RED with no robot, same window. ' +
      `CPU = process.cpuUsage over the window / wall time (runs with ${CPU_FLAGS.join(' ')}; the event-loop delay is sampled after it, not during); memory after 4 forced GCs, per robot = (N robots − no robot) / N, from extra runs with ${RETAINED_FLAGS.join(' ')} ` +
      '(what is retained; the same from the default-V8 runs alongside, which also holds young-generation pages of start-up garbage), at the largest N only; ' +
      'allSessionsOpenMs = from "flows:starting" (the deploy) to the last robot\'s "open" state message; ' +
      `pollIntervals = gaps between consecutive GetConnections calls as each robot receives them, expected ${WATCH_INTERVAL_S * 1000} ms ± ${TOLERANCE * 100} % ` +
      '(starved = robots with any gap outside that, or fewer than two polls).',
    sockets:
      'TCP: one socket per robot (each robot is its own host:port). MQTT: one broker connection per kortex-session config node, not one per broker: ' +
      'the robot knows a client by its MQTT client id (its Response Topic res/<clientId>), lists it as one connection in GetConnections and pings its session on ping/<sessionId>; ' +
      'sessions sharing one MQTT connection would look like one connection to the robot and share one keep-alive fate.',
    durationMs: o.durationMs,
    settleMs: o.settleMs,
    // The target points' CPU window starts this long after the last session opened (STEADY_STATE_MS).
    steadyStateSettleMs: steadySettleMs,
    pointsRun: env.points ? [...env.points] : 'all',
    memoryRuns: env.memory,
    ...(env.profileDir ? { cpuProfiles: env.profileDir, cpuProfileIntervalUs: env.profileIntervalUs } : {}),
    baseline: {
      cpuPercentOfOneCore: baseline.cpuPercentOfOneCore,
      cpuMsInWindow: baseline.cpuMsInWindow,
      eventLoopDelayP99Ms: baseline.eventLoopDelayP99Ms,
      rssMB: baseline.rssMB,
      heapUsedMB: baseline.heapUsedMB,
    },
    points,
    k3,
    k3Tls,
  };
}

/**
 * The K3 point again over TLS with a broker login: certificates made by openssl for the run, one
 * mosquitto with a TLS listener and a password file; beside it, the plain point's CPU and RSS per robot.
 */
async function tlsPoint(
  o: PointRun,
  baseline: PointResult,
  memoryBase: PointResult | undefined,
  memoryRun: FleetOptions,
  plain: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (o.k3Robots <= 0) return { skipped: 'not asked for' };
  if (!fs.existsSync(MOSQUITTO_BIN)) return { skipped: `no mosquitto at ${MOSQUITTO_BIN}` };
  if (!fs.existsSync(OPENSSL_BIN)) return { skipped: `no openssl at ${OPENSSL_BIN}` };
  const certs = makeTestCertificates();
  const users = Object.fromEntries(Object.values(TLS_LOGINS).map((u) => [u.username, u.password]));
  const broker = await startMosquitto({
    tls: { certFile: certs.serverCertFile, keyFile: certs.serverKeyFile, caFile: certs.caFile },
    users,
  });
  try {
    const tls = { caFile: certs.caFile };
    const memory = memoryBase
      ? { point: await point(o.k3Robots, 'mqtt', memoryRun, broker, RETAINED_FLAGS, tls), base: memoryBase }
      : undefined;
    const result = versus(await point(o.k3Robots, 'mqtt', o, broker, CPU_FLAGS, tls), baseline, memory);
    return {
      ...result,
      transport: 'mqtt+tls',
      plainBeside: { cpuAddedPercentOfOneCore: plain.cpuAddedPercentOfOneCore ?? null, rssPerRobotKB: plain.rssPerRobotKB ?? null },
      setup:
        'every kortex-session with Use TLS (one tls-config node: the CA, verify server certificate) and a broker user and password (mosquitto password_file); ' +
        "the robots on the same broker's plain listener with their own login",
    };
  } finally {
    await broker.dispose();
    certs.dispose();
  }
}
