/**
 * One Node-RED process watching a fleet: per robot its own kortex-session config node and one node
 * wired to one sink: a kortex-session-events node watching connections every `watchIntervalS`
 * (the fleet section), or a kortex-robot-state node (`watch: 'arm-state'`, the armstate section).
 * With `robots: 0` the same runtime with no robot at all: the baseline the section subtracts.
 *
 * Commands: `waitOpen` (until every robot's events node reported "open", or its robot-state node
 * sent its first state), `measure` (CPU, event-loop delay, memory after a full GC, sockets to the
 * robots, messages at the sink, over a window).
 */
import fs from 'node:fs';
import inspector from 'node:inspector';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { runChild } from '../lib/child';
import { benchSinkNode, prepareNodeRed } from '../lib/embeddedNodeRed';
import { measureWindow } from '../lib/loadWatch';
import { memoryAfterGc, round, sleep } from '../lib/stats';

export interface NodeRedFleetArgs {
  robots: number;
  transport: 'tcp' | 'mqtt';
  /** tcp: robot k listens on firstPort + k. */
  firstPort?: number;
  /** mqtt: the broker's port; robot k is namespace namespaces[k]. */
  brokerPort?: number;
  namespaces?: string[];
  watchIntervalS: number;
  /** What each robot's node watches: its sessions (kortex-session-events, default) or its arm state (kortex-robot-state). */
  watch?: 'sessions' | 'arm-state';
  /** mqtt over TLS: every kortex-session uses TLS through one tls-config node (this CA file) and this broker login. */
  tls?: { caFile: string; brokerUsername: string; brokerPassword: string };
}

interface StateMsg {
  topic?: string;
  payload?: { event?: string; robot?: string };
  /** kortex-robot-state: the robot in msg.kortex. */
  kortex?: { robot?: string };
}

/** "host:port" or "host:port/namespace": how the events node names robot k (msg.payload.robot). */
function robotName(a: NodeRedFleetArgs, k: number): string {
  return a.transport === 'tcp' ? `127.0.0.1:${(a.firstPort ?? 0) + k}` : `127.0.0.1:${a.brokerPort}/${a.namespaces?.[k] ?? ''}`;
}

function buildFlows(a: NodeRedFleetArgs): { flows: unknown[]; credentials: Record<string, unknown> } {
  const flows: Record<string, unknown>[] = [
    { id: 'fleet-tab', type: 'tab', label: 'fleet' },
    { id: 'fleet-sink', type: 'bench-fleet-sink', z: 'fleet-tab', x: 500, y: 40, wires: [] },
  ];
  const credentials: Record<string, unknown> = {};
  const tls = a.tls;
  if (tls) {
    flows.push({
      id: 'fleet-tls',
      type: 'tls-config',
      name: 'fleet CA',
      cert: '',
      key: '',
      ca: tls.caFile,
      certname: '',
      keyname: '',
      caname: '',
      servername: '',
      verifyservercert: true,
      alpnprotocol: '',
    });
  }
  for (let k = 0; k < a.robots; k++) {
    const cfg = `fleet-cfg-${k}`;
    flows.push(
      a.transport === 'tcp'
        ? {
            id: cfg,
            type: 'kortex-session',
            name: `robot ${k}`,
            host: '127.0.0.1',
            transport: 'tcp',
            port: String((a.firstPort ?? 0) + k),
            username: 'admin',
          }
        : {
            id: cfg,
            type: 'kortex-session',
            name: `robot ${k}`,
            host: '127.0.0.1',
            transport: 'mqtt',
            port: String(a.brokerPort),
            namespace: a.namespaces?.[k],
            username: 'admin',
          },
    );
    if (tls) Object.assign(flows[flows.length - 1], { usetls: true, tls: 'fleet-tls' });
    credentials[cfg] = tls
      ? { password: 'admin', brokerUsername: tls.brokerUsername, brokerPassword: tls.brokerPassword }
      : { password: 'admin' };
    const position = { z: 'fleet-tab', session: cfg, x: 200, y: 80 + 40 * k, wires: [['fleet-sink']] };
    flows.push(
      a.watch === 'arm-state'
        ? { id: `fleet-arm-${k}`, type: 'kortex-robot-state', ...position }
        : { id: `fleet-ev-${k}`, type: 'kortex-session-events', watchConnections: true, watchInterval: a.watchIntervalS, ...position },
    );
  }
  return { flows, credentials };
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise<T>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
}

/**
 * V8's CPU profiler (what `node --cpu-prof` runs) over `window` only, written to `file` as a
 * .cpuprofile: --cpu-prof would profile the start-up and the deploy too.
 */
async function profiled<T>(file: string, intervalUs: number, window: () => Promise<T>): Promise<T> {
  const session = new inspector.Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: intervalUs });
    await post(session, 'Profiler.start');
    const result = await window();
    const { profile } = await post<{ profile: unknown }>(session, 'Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    return result;
  } finally {
    session.disconnect();
  }
}

function socketsTo(a: NodeRedFleetArgs): number {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  const first = a.transport === 'tcp' ? (a.firstPort ?? 0) : (a.brokerPort ?? 0);
  const last = a.transport === 'tcp' ? first + a.robots - 1 : first;
  return handles.filter((h) => h instanceof net.Socket && !h.destroyed && (h.remotePort ?? 0) >= first && (h.remotePort ?? 0) <= last)
    .length;
}

runChild<NodeRedFleetArgs>(async (a) => {
  const names = new Map<string, number>();
  for (let k = 0; k < a.robots; k++) names.set(robotName(a, k), k);
  const openAt = new Map<number, number>();
  let connectionMsgs = 0;
  let armStateMsgs = 0;
  let otherStates = 0;
  let allOpen: () => void = () => undefined;
  let t0 = 0;
  const opened = (k: number): void => {
    if (!openAt.has(k)) openAt.set(k, performance.now() - t0);
    if (openAt.size === a.robots) allOpen();
  };
  const sink = benchSinkNode('fleet', (received) => {
    const msg = received as StateMsg;
    if (a.watch === 'arm-state') {
      const k = names.get(msg.kortex?.robot ?? '');
      if (k === undefined) return;
      if (msg.topic !== 'state')
        otherStates++; // 'lost'
      else if (openAt.has(k)) armStateMsgs++;
      else opened(k); // the state read when the session opened
      return;
    }
    if (msg.topic === 'connection') {
      connectionMsgs++;
      return;
    }
    const k = names.get(msg.payload?.robot ?? '');
    if (msg.topic !== 'state' || k === undefined) return;
    if (msg.payload?.event === 'open') {
      opened(k);
    } else if (msg.payload?.event !== 'connecting') {
      otherStates++;
    }
  });
  const { flows, credentials } = buildFlows(a);
  const red = prepareNodeRed({ flows, credentials, benchNodes: sink });
  const rssBeforeFlowsMB = round(process.memoryUsage().rss / 2 ** 20, 1);
  const r0 = performance.now();
  // The deploy: Node-RED starts the flows once the node modules are loaded.
  red.RED.events.once('flows:starting', () => {
    t0 = performance.now();
  });
  await red.start();
  const startMs = round(performance.now() - r0, 0);
  if (a.robots > 0 && !red.RED.nodes.getType(a.watch === 'arm-state' ? 'kortex-robot-state' : 'kortex-session-events')) {
    await red.stop();
    throw new Error('SKIP: the kortex nodes did not load in Node-RED');
  }

  return {
    ready: { redStartMs: startMs, rssBeforeFlowsMB },
    handlers: {
      /** Resolves when every robot's events node has reported "open": ms from "flows:starting" (the deploy). */
      waitOpen: async (o: { timeoutMs: number }) => {
        if (openAt.size < a.robots) {
          await Promise.race([
            new Promise<void>((resolve) => {
              allOpen = resolve;
            }),
            sleep(o.timeoutMs),
          ]);
        }
        const times = [...openAt.values()].sort((x, y) => x - y);
        return {
          // From RED.start() to "flows:starting": loading the node modules (not part of the deploy).
          nodesLoadedMs: t0 ? round(t0 - r0, 0) : null,
          opened: openAt.size,
          allOpenMs: openAt.size === a.robots && times.length ? round(times[times.length - 1], 0) : null,
          firstOpenMs: times.length ? round(times[0], 0) : null,
          medianOpenMs: times.length ? round(times[times.length >> 1], 0) : null,
        };
      },
      /**
       * CPU (% of one core), event-loop delay, then memory after a full GC and sockets; with
       * `profileFile`, the window under V8's CPU profiler (sampling every `profileIntervalUs`).
       */
      measure: async (o: { durationMs: number; profileFile?: string; profileIntervalUs?: number }) => {
        const msgs0 = connectionMsgs;
        const arm0 = armStateMsgs;
        const other0 = otherStates;
        let inWindow = { connectionMsgs: 0, armStateMsgs: 0 };
        const countWindow = (): void => {
          inWindow = { connectionMsgs: connectionMsgs - msgs0, armStateMsgs: armStateMsgs - arm0 };
        };
        const w = o.profileFile
          ? await profiled(o.profileFile, o.profileIntervalUs ?? 1000, () => measureWindow(o.durationMs, countWindow))
          : await measureWindow(o.durationMs, countWindow);
        const mem = await memoryAfterGc();
        return {
          robots: a.robots,
          cpuPercentOfOneCore: w.cpuPercentOfOneCore,
          cpuSystemPercentOfOneCore: w.cpuSystemPercentOfOneCore,
          // CPU time over the window: the same work costs about the same on a busy machine, where % of wall time moves.
          cpuMsInWindow: round((w.cpuPercentOfOneCore * w.wallMs) / 100, 0),
          eventLoopDelayP50Ms: w.eventLoopDelayP50Ms,
          eventLoopDelayP99Ms: w.eventLoopDelayP99Ms,
          eventLoopDelayMaxMs: w.eventLoopDelayMaxMs,
          seconds: round(w.wallMs / 1000, 2),
          rssMB: round(mem.rss / 2 ** 20, 2),
          heapUsedMB: round(mem.heapUsed / 2 ** 20, 2),
          rssBytes: mem.rss,
          heapUsedBytes: mem.heapUsed,
          gcExposed: typeof gc === 'function',
          sockets: socketsTo(a),
          connectionMsgsInWindow: inWindow.connectionMsgs,
          armStateMsgsInWindow: inWindow.armStateMsgs,
          // lost / reconnecting / closed / auth-failed during the window: should be none.
          otherStateMsgsInWindow: otherStates - other0,
        };
      },
    },
    stop: () => red.stop(),
  };
});
