/**
 * The bench's performance targets: one pass/fail (or null: not measured) per target from the
 * sections' results, and the figures behind each (`targets` and `targetDetails` in the report).
 * Each section's figures are its own; a target here only reads them.
 */
import { round } from './lib/stats';

function num(o: Record<string, unknown> | undefined, key: string): number | undefined {
  const v = o?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

interface Target {
  pass: boolean | null;
  measured: unknown;
  limit: string;
}

export function targets(r: Record<string, Record<string, unknown> | undefined>): {
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
  const armK2 = r.armstate?.k2 as Record<string, unknown> | undefined;
  const armK3 = r.armstate?.k3 as Record<string, unknown> | undefined;
  const armCpu = num(armK2, 'cpuAddedPercentOfOneCore');
  const armK3Cpu = num(armK3, 'cpuAddedPercentOfOneCore');
  const armFigures = (p: Record<string, unknown> | undefined): Record<string, unknown> | null =>
    p && num(p, 'cpuAddedPercentOfOneCore') !== undefined
      ? { cpuAddedPercentOfOneCore: num(p, 'cpuAddedPercentOfOneCore'), msgsPerSec: num(p, 'armStateMsgsPerSec'), robots: num(p, 'robots') }
      : null;
  d.armStateFleet = {
    limit:
      '100 robots, arm state notifications at 10 Hz each: Node-RED CPU added < 5 % of one core (minus the same process with no robot), K2 over TCP and K3 over one mosquitto each (K3 left out only where mosquitto is missing)',
    measured: armCpu === undefined ? null : { k2: armFigures(armK2), k3: armFigures(armK3) },
    pass: armCpu === undefined ? null : armCpu < 5 && (armK3Cpu === undefined || armK3Cpu < 5),
  };
  Object.assign(d, hostileTargets(r.hostile));
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

/** The hostile section: Node-RED's RSS growth and the editor's answers during the attacks, job events from forged frames; both generations. */
function hostileTargets(h: Record<string, unknown> | undefined): Record<string, Target> {
  const runs = (['k2', 'k3'] as const)
    .map((g) => ({ g, r: h?.[g] as Record<string, unknown> | undefined }))
    .filter((x): x is { g: 'k2' | 'k3'; r: Record<string, unknown> } => typeof x.r?.forgedJobChanges === 'number');
  const per = (pick: (r: Record<string, unknown>) => number | undefined): Record<string, number | undefined> | null =>
    runs.length ? Object.fromEntries(runs.map(({ g, r }) => [g, pick(r)])) : null;
  const worst = (m: Record<string, number | undefined> | null): number | undefined =>
    m && Object.values(m).every((v) => v !== undefined) ? Math.max(...(Object.values(m) as number[])) : undefined;
  const rss = per((r) => num(r.nodeRed as Record<string, unknown> | undefined, 'rssGrowthMB'));
  const editor = per((r) => {
    const maxes = ['forged', 'flood', 'bomb16MiB'].map((k) =>
      num((r[k] as { editor?: Record<string, unknown> } | undefined)?.editor, 'maxMs'),
    );
    return maxes.every((v) => v !== undefined) ? Math.max(...(maxes as number[])) : undefined;
  });
  const forged = per((r) => num(r, 'forgedJobChanges'));
  const rssWorst = worst(rss);
  const editorWorst = worst(editor);
  const forgedWorst = worst(forged);
  return {
    hostileRssMb: {
      limit: 'forged frames, a notification flood and a 16 MiB frame: Node-RED RSS growth < 64 MB (peak − start, K2 and K3)',
      measured: rss,
      pass: rssWorst === undefined ? null : rssWorst < 64,
    },
    hostileEditorMs: {
      limit: 'the editor answers GET /flows in < 250 ms during every attack (slowest answer, K2 and K3)',
      measured: editor,
      pass: editorWorst === undefined ? null : editorWorst < 250,
    },
    forgedJobChanges: {
      limit:
        "no job event reaches the flow from a forged frame (K2 and K3; the K3 frame in the robot's own form on its own topic is reported beside)",
      measured: forged,
      pass: forgedWorst === undefined ? null : forgedWorst === 0,
    },
  };
}
