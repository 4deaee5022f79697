/**
 * armstate: what a fleet's arm-state notifications cost a Node-RED. One Node-RED process (own
 * process, bench/children/noderedFleet.ts with `watch: 'arm-state'`): per robot one kortex-session
 * and one kortex-robot-state node subscribed to the arm state, wired to one sink. The robots are
 * `startFleet` in their own process (bench/children/robotFleet.ts), each arm changing state
 * `chatterHz` times a second (the simulator's armStateChatterHz), so each robot pushes that many
 * notifications and the flow gets that many messages. CPU is minus the same Node-RED with no robot,
 * over the same window, as in the fleet section. Kortex 2 over TCP (the target), Kortex 3 over one
 * mosquitto beside it. KORTEX_ARMSTATE_PROFILE = a folder: each point's window under V8's CPU profiler, written
 * there as <point>.cpuprofile (bench/tools/profileSummary.ts reads it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { ChildHandle } from '../lib/child';
import { builtNodeFile } from '../lib/embeddedNodeRed';
import { SkipError } from '../lib/skip';
import { round, sleep } from '../lib/stats';

const NODERED_FLEET_SCRIPT = path.join(__dirname, '../children/noderedFleet.js');
const ROBOT_FLEET_SCRIPT = path.join(__dirname, '../children/robotFleet.js');

export interface ArmStateFleetOptions {
  robots: number;
  /** Arm state changes per robot per second. */
  chatterHz: number;
  /** Measurement window per point (ms). */
  durationMs: number;
  /** Wait after every robot's first state, before measuring (ms): the steady state, past V8's warm-up, as the fleet's target points. */
  settleMs: number;
}

type Figures = Record<string, unknown> & { cpuPercentOfOneCore: number; rssBytes: number };

async function point(robots: number, transport: 'tcp' | 'mqtt', o: ArmStateFleetOptions, broker?: MosquittoBroker): Promise<Figures> {
  let fleet: ChildHandle | undefined;
  let red: ChildHandle | undefined;
  try {
    let args: Record<string, unknown> = { robots, transport, watchIntervalS: 1, watch: 'arm-state' };
    if (robots > 0) {
      fleet = await ChildHandle.start(
        ROBOT_FLEET_SCRIPT,
        { robots, transport, broker: broker?.url, armStateChatterHz: o.chatterHz },
        { timeoutMs: 60000 },
      );
      args =
        transport === 'tcp'
          ? { ...args, firstPort: fleet.ready.firstPort }
          : { ...args, brokerPort: broker?.port, namespaces: fleet.ready.namespaces };
    }
    // As the fleet's target points (fleet.ts): V8's one-off heap shrink kept out of the window.
    red = await ChildHandle.start(NODERED_FLEET_SCRIPT, args, { execArgv: ['--expose-gc', '--no-memory-reducer'], timeoutMs: 60000 });
    const open = await red.request<Record<string, unknown>>('waitOpen', { timeoutMs: 30000 }, 40000);
    if (open.opened !== robots) throw new Error(`${String(open.opened)} of ${robots} robots sent their arm state within 30 s`);
    await sleep(o.settleMs);
    const profileDir = process.env.KORTEX_ARMSTATE_PROFILE;
    const profileFile = profileDir ? path.join(path.resolve(profileDir), `${robots === 0 ? 'baseline' : transport}.cpuprofile`) : undefined;
    if (profileDir) fs.mkdirSync(path.resolve(profileDir), { recursive: true });
    const m = await red.request<Figures>(
      'measure',
      { durationMs: o.durationMs, profileFile, profileIntervalUs: 100 },
      o.durationMs + 30000,
    );
    return { ...m, transport, loadAvg: os.loadavg().map((l) => round(l, 2)), allFirstStatesMs: open.allOpenMs };
  } finally {
    await red?.stop();
    await fleet?.stop();
  }
}

/** One point against the no-robot baseline; messages per second against what the robots sent. */
function versus(p: Figures, base: Figures, o: ArmStateFleetOptions): Record<string, unknown> {
  const seconds = p.seconds as number;
  const msgs = p.armStateMsgsInWindow as number;
  return {
    robots: o.robots,
    transport: p.transport,
    cpuAddedPercentOfOneCore: round(p.cpuPercentOfOneCore - base.cpuPercentOfOneCore, 2),
    cpuPercentOfOneCore: p.cpuPercentOfOneCore,
    cpuSystemPercentOfOneCore: p.cpuSystemPercentOfOneCore,
    armStateMsgsPerSec: round(msgs / seconds, 1),
    expectedMsgsPerSec: o.robots * o.chatterHz,
    eventLoopDelayP99Ms: p.eventLoopDelayP99Ms,
    eventLoopDelayMaxMs: p.eventLoopDelayMaxMs,
    rssPerRobotKBDefaultV8: round((p.rssBytes - base.rssBytes) / o.robots / 1024, 1),
    rssMB: p.rssMB,
    sockets: p.sockets,
    allFirstStatesMs: p.allFirstStatesMs,
    lostMsgsInWindow: p.otherStateMsgsInWindow,
    seconds,
    loadAvg: p.loadAvg,
  };
}

export async function armStateFleet(o: ArmStateFleetOptions): Promise<Record<string, unknown>> {
  for (const type of ['kortex-session', 'kortex-robot-state']) {
    if (!fs.existsSync(builtNodeFile(type))) throw new SkipError(`the ${type} node is not built`);
  }
  try {
    require.resolve('node-red');
  } catch {
    throw new SkipError('node-red is not installed');
  }
  const baseline = await point(0, 'tcp', o);
  const k2 = versus(await point(o.robots, 'tcp', o), baseline, o);
  let k3: Record<string, unknown>;
  if (!fs.existsSync(MOSQUITTO_BIN)) {
    k3 = { skipped: `no mosquitto at ${MOSQUITTO_BIN}` };
  } else {
    const broker = await startMosquitto();
    try {
      k3 = versus(await point(o.robots, 'mqtt', o, broker), baseline, o);
    } finally {
      await broker.dispose();
    }
  }
  return {
    what:
      `one Node-RED process (own process); per robot one kortex-session and one kortex-robot-state node (arm state topic) → one sink; ` +
      `${o.robots} robots = startFleet in its own process, each arm changing state ${o.chatterHz} times a second (armStateChatterHz), ` +
      `so ${o.robots * o.chatterHz} notifications a second reach the flow. Baseline = the same Node-RED with no robot, same window. ` +
      'CPU = process.cpuUsage over the window / wall time (runs with --no-memory-reducer, the window from settleMs after the last first state; the event-loop delay is sampled after it, not during); RSS after 4 forced GCs (default V8, context only).',
    durationMs: o.durationMs,
    settleMs: o.settleMs,
    baseline: {
      cpuPercentOfOneCore: baseline.cpuPercentOfOneCore,
      cpuSystemPercentOfOneCore: baseline.cpuSystemPercentOfOneCore,
      eventLoopDelayP99Ms: baseline.eventLoopDelayP99Ms,
      rssMB: baseline.rssMB,
    },
    k2,
    k3,
  };
}
