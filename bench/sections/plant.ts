/**
 * plant: the "Fleet overview over MQTT" example at plant scale. One mosquitto; per cell a robot
 * fleet (`kortex-sim --robots N`'s startFleet, own process) and a Node-RED process running the
 * example's cell tab; one Node-RED process running its overview tab. Steady-state figures, then the
 * broker's failure cases (plantFailures.ts). Sizes from the environment (see plantOptionsFromEnv).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ChildHandle } from '../lib/child';
import { BrokerWatch, watchBroker } from '../lib/brokerWatch';
import { builtNodeFile } from '../lib/embeddedNodeRed';
import { SkipError } from '../lib/skip';
import { epochNow, median, round, secondsBetween, sleep } from '../lib/stats';
import { MOSQUITTO_BIN, startMosquitto } from '../../scripts/lib/mosquitto';
import { fleetFlow, robotTopicName } from '../../scripts/lib/fleetOverviewFlow';
import { TcpProxy, startProxy } from '../../scripts/lib/tcpProxy';
import { runFailureCases } from './plantFailures';
import type { Plant, PlantCell, PlantOptions } from './plantShape';
import type { PlantNodeRedArgs, WaitResult } from '../children/plantNodeRed';

const PLANT_NODERED_SCRIPT = path.join(__dirname, '../children/plantNodeRed.js');
const ROBOT_FLEET_SCRIPT = path.join(__dirname, '../children/robotFleet.js');
const PASSWORD = 'admin';
/**
 * Every Node-RED here runs with the young generation capped at 1 MB (as the fleet section's memory
 * runs): otherwise RSS holds however many young-generation pages start-up garbage touched, more
 * than 100 robots' worth, and RSS per robot is noise.
 */
const NODE_RED_FLAGS = ['--expose-gc', '--max-semi-space-size=1'];

function envInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** KORTEX_PLANT_CELLS (10), KORTEX_PLANT_ROBOTS_PER_CELL (100), KORTEX_PLANT_CUT_S (120), KORTEX_PLANT_GENERATION (k2). */
export function plantOptionsFromEnv(env: NodeJS.ProcessEnv): PlantOptions {
  const generation = env.KORTEX_PLANT_GENERATION ?? 'k2';
  if (generation !== 'k2' && generation !== 'k3') throw new Error(`KORTEX_PLANT_GENERATION must be k2 or k3, got "${generation}"`);
  return {
    // Two cells at least: one is cut while another is killed and restarted.
    cells: envInt(env, 'KORTEX_PLANT_CELLS', 10, 2, 50),
    // Two robots at least: during the cut one is switched off, another gets a visitor.
    robotsPerCell: envInt(env, 'KORTEX_PLANT_ROBOTS_PER_CELL', 100, 2, 1000),
    cutSeconds: envInt(env, 'KORTEX_PLANT_CUT_S', 120, 1, 3600),
    generation,
    measureMs: 10000,
  };
}

function checkPrerequisites(): void {
  if (!fs.existsSync(builtNodeFile('kortex-session-events'))) throw new SkipError('the kortex-session-events node is not built');
  if (!fs.existsSync(MOSQUITTO_BIN)) throw new SkipError(`no mosquitto at ${MOSQUITTO_BIN}`);
  try {
    require.resolve('node-red');
  } catch {
    throw new SkipError('node-red is not installed');
  }
}

/** Every helper process, so that each one ends however the section ends. */
class Children {
  private readonly all = new Set<ChildHandle>();
  async start(script: string, arg: unknown, o: { execArgv?: string[]; timeoutMs?: number }): Promise<ChildHandle> {
    const child = await ChildHandle.start(script, arg, o);
    this.all.add(child);
    return child;
  }
  async stopAll(): Promise<void> {
    await Promise.all([...this.all].map((c) => c.stop().catch(() => undefined)));
  }
}

async function measureAll(plant: Plant, baseline: ChildHandle): Promise<Record<string, unknown>> {
  type M = {
    cpuPercentOfOneCore: number;
    eventLoopDelayP99Ms: number;
    eventLoopDelayMaxMs: number;
    rssBytes: number;
    heapUsedBytes: number;
  };
  const base = await baseline.request<M>('measure', { durationMs: 1000 });
  const from = performance.now();
  const [overview, ...cells] = await Promise.all(
    [plant.overview, ...plant.cells.map((c) => c.red)].map((red) =>
      red?.request<M>('measure', { durationMs: plant.o.measureMs }, plant.o.measureMs + 60000),
    ),
  );
  const broker = plant.watch.rates(from, performance.now());
  const perCell = plant.cells.map((c, i) => {
    const m = cells[i];
    return (
      m && {
        cell: c.name,
        cpuPercentOfOneCore: m.cpuPercentOfOneCore,
        rssMB: round(m.rssBytes / 2 ** 20, 1),
        rssPerRobotKB: round((m.rssBytes - base.rssBytes) / c.robots.length / 1024, 1),
        eventLoopDelayP99Ms: m.eventLoopDelayP99Ms,
      }
    );
  });
  const valid = perCell.filter((c): c is NonNullable<typeof c> => c !== undefined);
  return {
    brokerMessagesPerSec: broker,
    cellCpuPercentOfOneCore: {
      median: round(median(valid.map((c) => c.cpuPercentOfOneCore)), 2),
      max: Math.max(...valid.map((c) => c.cpuPercentOfOneCore)),
    },
    cellRssPerRobotKB: { median: round(median(valid.map((c) => c.rssPerRobotKB)), 1), max: Math.max(...valid.map((c) => c.rssPerRobotKB)) },
    cells: perCell,
    overview: overview && {
      rssMB: round(overview.rssBytes / 2 ** 20, 1),
      cpuPercentOfOneCore: overview.cpuPercentOfOneCore,
      eventLoopDelayP99Ms: overview.eventLoopDelayP99Ms,
      eventLoopDelayMaxMs: overview.eventLoopDelayMaxMs,
    },
    cellWithoutRobotsRssMB: round(base.rssBytes / 2 ** 20, 1),
  };
}

export async function plant(o: PlantOptions): Promise<Record<string, unknown>> {
  checkPrerequisites();
  const children = new Children();
  const broker = await startMosquitto({ sysIntervalS: 1 });
  let proxy: TcpProxy | undefined;
  let watch: BrokerWatch | undefined;
  try {
    proxy = await startProxy({ targetPort: broker.port, kortexFrames: false });
    watch = await watchBroker(broker.url);
    const k3 = o.generation === 'k3';
    const block = Math.floor(0xffff / o.robotsPerCell);
    const fleets = await Promise.all(
      Array.from({ length: o.cells }, (_, c) =>
        children.start(
          ROBOT_FLEET_SCRIPT,
          {
            robots: o.robotsPerCell,
            ...(k3
              ? { transport: 'mqtt', broker: broker.url, namespace: `c${c}r`, firstSessionId: 1 + c * Math.floor(block / o.cells) }
              : { transport: 'tcp' }),
          },
          { timeoutMs: 120000 },
        ),
      ),
    );
    const cells: PlantCell[] = fleets.map((fleet, c) => {
      const robots = Array.from({ length: o.robotsPerCell }, (_, k) =>
        k3 ? { port: broker.port, namespace: (fleet.ready.namespaces as string[])[k] } : { port: (fleet.ready.firstPort as number) + k },
      );
      return { name: `cell${c + 1}`, robots, robotNames: robots.map(robotTopicName), fleet, red: undefined, viaProxy: c === o.cells - 1 };
    });
    const keepaliveS = Number(
      fleetFlow({ cell: 'x', overview: false, robots: [{ port: 1 }], brokerPort: 1, password: '' }).find((n) => n.type === 'mqtt-broker')
        ?.keepalive,
    );
    const p: Plant = {
      o,
      broker,
      proxy,
      watch,
      cells,
      keepaliveS,
      total: o.cells * o.robotsPerCell,
      overview: undefined,
      startCell: async (cell) => {
        const args: PlantNodeRedArgs = {
          flow: {
            cell: cell.name,
            overview: false,
            robots: cell.robots,
            brokerPort: broker.port,
            cellBrokerPort: cell.viaProxy ? proxy?.port : undefined,
            password: PASSWORD,
          },
        };
        cell.red = await children.start(PLANT_NODERED_SCRIPT, args, { execArgv: NODE_RED_FLAGS, timeoutMs: 120000 });
        return cell.red;
      },
      startOverview: () =>
        children.start(
          PLANT_NODERED_SCRIPT,
          {
            flow: { cell: 'overview', overview: true, robots: [], brokerPort: broker.port, password: PASSWORD },
          } satisfies PlantNodeRedArgs,
          { execArgv: NODE_RED_FLAGS, timeoutMs: 120000 },
        ),
      waitTable: (red, want, timeoutMs) => red.request<WaitResult>('waitFor', { want, timeoutMs }, timeoutMs + 30000),
    };

    // The cell tab with no robot: what a cell costs before its robots (its function nodes, its broker connection).
    const baseline = await children.start(
      PLANT_NODERED_SCRIPT,
      {
        flow: { cell: 'baseline', overview: false, robots: [], cellTab: true, brokerPort: broker.port, password: PASSWORD },
      } satisfies PlantNodeRedArgs,
      { execArgv: NODE_RED_FLAGS, timeoutMs: 120000 },
    );
    const startedAt = epochNow();
    const startMark = performance.now();
    const [overview] = await Promise.all([p.startOverview(), ...cells.map((c) => p.startCell(c))]);
    p.overview = overview;
    const whole = await p.waitTable(overview, { rows: p.total, online: 'all' }, 120000);
    await sleep(3000);
    const startupPeak = watch.peakPublishPerSec(startMark, performance.now());
    const droppedAtStartup = watch.dropped();
    const stored = watch.stored();
    if (whole.metAtEpochMs === null) {
      throw new Error(
        `the overview never held all ${p.total} robots online (${whole.rows} rows, ${whole.online} online; the broker dropped ${droppedAtStartup} messages)`,
      );
    }
    const steady = await measureAll(p, baseline);
    await baseline.stop();
    const failures = await runFailureCases(p);
    const droppedAfterRestart = watch.dropped();
    return {
      what:
        `${o.cells} Node-RED cells × ${o.robotsPerCell} robots (${o.generation === 'k2' ? 'Kortex 2 over TCP, robots not on the broker' : 'Kortex 3: robots on the plant broker'}), ` +
        'each cell its own process running the example\'s cell tab; one overview process running its overview tab (table read at its "fleet table" output); ' +
        'robots = startFleet (kortex-sim --robots N), one process per cell; one mosquitto 2 (no persistence). ' +
        `CPU over ${o.measureMs / 1000} s / wall time; RSS after full GCs, per robot = (cell − the same cell tab with no robot) / robots; ` +
        'broker rates from its $SYS counters (every 1 s); times are epoch stamps across processes, tables polled every 50 ms.',
      machineShared: 'the 2-core machine may be shared with other work: see loadAvg',
      loadAvg: os.loadavg().map((l) => round(l, 2)),
      cells: o.cells,
      robotsPerCell: o.robotsPerCell,
      robots: p.total,
      generation: o.generation,
      keepaliveS,
      startToOverviewWholeSeconds: secondsBetween(startedAt, whole.metAtEpochMs),
      startupPeakBrokerPublishPerSec: startupPeak,
      // A subscriber too slow for a burst loses what the broker cannot queue for it (mosquitto's max_queued_messages).
      brokerDroppedMessages: { startup: droppedAtStartup, failureCasesAfterTheRestart: droppedAfterRestart },
      // Everything the broker stores (the plant's retained state, its own $SYS messages): per robot as an upper bound.
      brokerStored: { ...stored, bytesPerRobot: stored.storedBytes === null ? null : round(stored.storedBytes / p.total, 0) },
      steady,
      failures,
    };
  } finally {
    await children.stopAll();
    await watch?.close().catch(() => undefined);
    await proxy?.close();
    await broker.dispose();
  }
}
