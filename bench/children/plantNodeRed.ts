/**
 * One Node-RED process of the plant section running the "Fleet overview over MQTT" example: a cell
 * (its robots' events published to the plant broker; with no robot: the baseline), or the overview
 * (every cell's robots in one table). The overview's table is watched at the output of its "fleet
 * table" function (the runtime here has no HTTP listener, so the example's GET /kortex/fleet
 * nodes are left out).
 *
 * Commands: `waitFor` (until the table matches what is wanted: epoch ms), `table` (compact rows),
 * `measure` (CPU, event-loop delay, memory over a window).
 */
import { performance } from 'node:perf_hooks';
import { runChild } from '../lib/child';
import { benchSinkNode, prepareNodeRed } from '../lib/embeddedNodeRed';
import { measureWindow } from '../lib/loadWatch';
import { epochNow, memoryAfterGc, sleep } from '../lib/stats';
import { FleetFlowOptions, FlowNode, fleetFlow } from '../../scripts/lib/fleetOverviewFlow';

export interface PlantNodeRedArgs {
  /** The example set up for this process. */
  flow: FleetFlowOptions;
}

export interface PlantRow {
  cell: string;
  robot: string;
  state: string;
  sessionId: number;
  online: boolean;
  cellOnline: boolean;
  sessions: number;
}
interface TableRow extends Omit<PlantRow, 'sessions'> {
  sessions?: unknown[];
}

/** What the table must show, in one cell or over all cells. */
export interface TableWant {
  cell?: string;
  rows: number;
  /** Which rows are online: all, none, or exactly these robots (topic names). */
  online: 'all' | 'none' | string[];
  /** Session ids an online row must not show (those of a Node-RED that was killed). */
  staleSessionIds?: number[];
  /** The overview's own broker connection is up. */
  brokerConnected?: boolean;
  /** How many sessions the table lists for these robots (topic names). */
  sessions?: Record<string, number>;
}

export interface WaitResult {
  metAtEpochMs: number | null;
  rows: number;
  online: number;
}

const OVERVIEW_TABLE = 'ex-fleet-table';
const OVERVIEW_BROKER = 'ex-fleet-overview-broker';
/** The example's GET /kortex/fleet: in, the table, response. */
const HTTP_NODES = new Set(['ex-fleet-http-in', 'ex-fleet-http-table', 'ex-fleet-http-out']);
const POLL_MS = 50;

/** The flow for the embedded runtime: credentials apart, no HTTP nodes, the table wired to the sink too. */
function runtimeFlow(args: PlantNodeRedArgs): { flows: FlowNode[]; credentials: Record<string, unknown> } {
  const credentials: Record<string, unknown> = {};
  const flows = fleetFlow(args.flow)
    .filter((n) => !HTTP_NODES.has(n.id))
    .map(({ credentials: c, ...n }) => {
      if (c) credentials[n.id] = c;
      if (n.id !== OVERVIEW_TABLE) return n as FlowNode;
      const wires = (n.wires as string[][] | undefined) ?? [[]];
      return { ...n, wires: [[...(wires[0] ?? []), 'bench-plant-sink']] } as FlowNode;
    });
  const table = flows.find((n) => n.id === OVERVIEW_TABLE);
  if (table) flows.push({ id: 'bench-plant-sink', type: 'bench-plant-sink', z: table.z, x: 510, y: 220, wires: [] });
  return { flows, credentials };
}

function matches(table: TableRow[], w: TableWant, brokerConnected: boolean): boolean {
  if (w.brokerConnected && !brokerConnected) return false;
  const rows = w.cell === undefined ? table : table.filter((r) => r.cell === w.cell);
  if (rows.length !== w.rows) return false;
  const stale = new Set(w.staleSessionIds ?? []);
  const expected = Array.isArray(w.online) ? new Set(w.online) : undefined;
  return rows.every((r) => {
    const shouldBeOnline = expected ? expected.has(r.robot) : w.online === 'all';
    const sessions = w.sessions?.[r.robot];
    return (
      r.online === shouldBeOnline && !(r.online && stale.has(r.sessionId)) && (sessions === undefined || r.sessions?.length === sessions)
    );
  });
}

runChild<PlantNodeRedArgs>(async (args) => {
  let table: TableRow[] = [];
  const sink = benchSinkNode('plant', (msg) => {
    if (Array.isArray(msg.payload)) table = msg.payload as TableRow[];
  });
  const { flows, credentials } = runtimeFlow(args);
  const red = prepareNodeRed({ flows, credentials, benchNodes: sink });
  let flowsStartingAtEpochMs = 0;
  red.RED.events.once('flows:starting', () => {
    flowsStartingAtEpochMs = epochNow();
  });
  await red.start();
  if (args.flow.robots.length && !red.RED.nodes.getType('kortex-session-events')) {
    await red.stop();
    throw new Error('the kortex nodes did not load in Node-RED');
  }
  const brokerConnected = (): boolean => (red.RED.nodes.getNode(OVERVIEW_BROKER) as { connected?: boolean } | null)?.connected === true;
  const summary = (): Omit<WaitResult, 'metAtEpochMs'> => ({ rows: table.length, online: table.filter((r) => r.online).length });

  return {
    ready: { startedAtEpochMs: epochNow(), userDir: red.userDir },
    handlers: {
      waitFor: async (o: { want: TableWant; timeoutMs: number }): Promise<WaitResult> => {
        const end = performance.now() + o.timeoutMs;
        while (!matches(table, o.want, brokerConnected())) {
          if (performance.now() >= end) return { metAtEpochMs: null, ...summary() };
          await sleep(POLL_MS);
        }
        return { metAtEpochMs: epochNow(), ...summary() };
      },
      /** When this runtime started its flows (the deploy; RED.start() resolves before it). */
      flowsStarting: (): number => flowsStartingAtEpochMs,
      table: (): PlantRow[] =>
        table.map(({ cell, robot, state, sessionId, online, cellOnline, sessions }) => ({
          cell,
          robot,
          state,
          sessionId,
          online,
          cellOnline,
          sessions: sessions?.length ?? 0,
        })),
      measure: async (o: { durationMs: number }) => {
        const w = await measureWindow(o.durationMs);
        const mem = await memoryAfterGc();
        return {
          cpuPercentOfOneCore: w.cpuPercentOfOneCore,
          eventLoopDelayP99Ms: w.eventLoopDelayP99Ms,
          eventLoopDelayMaxMs: w.eventLoopDelayMaxMs,
          rssBytes: mem.rss,
          heapUsedBytes: mem.heapUsed,
        };
      },
    },
    stop: () => red.stop(),
  };
});
