/**
 * A real Node-RED 4 runtime in its own process (embedded: RED.init + RED.start, no editor, no HTTP
 * listener), with this package installed in a temp user dir the way a user installs it (a
 * node_modules entry) and two tiny bench nodes: a driver and a sink.
 *
 * throughput: N chains driver → kortex-list-connections → sink on ONE kortex-session config node,
 *   a fixed number of messages circulating (each arrival at the sink re-fires its chain); msgs/s and
 *   event-loop delay (perf_hooks.monitorEventLoopDelay) over the measured interval.
 * scale: N kortex-list-connections on one config node (no drivers); after one call through every
 *   node and a full GC: RSS, heap and open sockets to the robot.
 * sessions: one kortex-session-events → sink (K2 over TCP or K3 over MQTT); `arrivals` returns the
 *   epoch time (timeOrigin + performance.now(), comparable across processes) and the session ids of
 *   every "sessions" message that reached the sink, `lastSessions` the last such list and the
 *   "state" events seen; `watchLoad` / `loadFigures` measure event-loop delay and RSS growth in
 *   between (bench/lib/loadWatch.ts).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { runChild } from '../lib/child';
import { PACKAGE_ROOT, RedNode, builtNodeFile, prepareNodeRed } from '../lib/embeddedNodeRed';
import { ELD_RESOLUTION_MS, LoadWatch, lateness, startLoadWatch } from '../lib/loadWatch';
import { memoryAfterGc, round, sleep, summarize } from '../lib/stats';

export interface NodeRedArgs {
  mode: 'throughput' | 'scale' | 'sessions';
  functionNodes: number;
  robotPort: number;
  /** scale only: 'bench-pass' puts a trivial pass-through node where kortex-list-connections would be (Node-RED's own per-node cost). */
  nodeType?: 'kortex-list-connections' | 'bench-pass';
  /** sessions only: the robot's transport and the events node's poll interval (s). */
  transport?: 'tcp' | 'mqtt';
  watchIntervalS?: number;
}

interface BenchMsg {
  _benchChain: number;
  _benchT: number;
  error?: unknown;
  payload?: unknown;
  topic?: string;
}
interface Hub {
  drivers: Map<number, RedNode>;
  onSink: (msg: BenchMsg) => void;
}

const HUB_KEY = Symbol.for('kortex-flows.bench.hub');

const BENCH_NODES_JS = `module.exports = function (RED) {
  const hub = globalThis[Symbol.for('kortex-flows.bench.hub')];
  function BenchDriver(config) {
    RED.nodes.createNode(this, config);
    const chain = Number(config.chain);
    hub.drivers.set(chain, this);
    this.on('close', () => hub.drivers.delete(chain));
  }
  RED.nodes.registerType('bench-driver', BenchDriver);
  function BenchPass(config) {
    RED.nodes.createNode(this, config);
    this.on('input', (msg, send, done) => { send(msg); done(); });
  }
  RED.nodes.registerType('bench-pass', BenchPass);
  function BenchSink(config) {
    RED.nodes.createNode(this, config);
    this.on('input', (msg, send, done) => { hub.onSink(msg); done(); });
  }
  RED.nodes.registerType('bench-sink', BenchSink);
};
`;
const BENCH_NODES_HTML = `<script type="text/javascript">
RED.nodes.registerType('bench-driver', { category: 'bench', defaults: { chain: { value: 0 } }, inputs: 0, outputs: 1 });
RED.nodes.registerType('bench-pass', { category: 'bench', defaults: {}, inputs: 1, outputs: 1 });
RED.nodes.registerType('bench-sink', { category: 'bench', defaults: {}, inputs: 1, outputs: 0 });
</script>
`;

function buildFlows(a: NodeRedArgs): { flows: unknown[]; credentials: Record<string, unknown> } {
  const flows: Record<string, unknown>[] = [
    { id: 'bench-tab', type: 'tab', label: 'bench' },
    {
      id: 'bench-cfg',
      type: 'kortex-session',
      name: 'bench robot',
      host: '127.0.0.1',
      transport: a.transport ?? 'tcp',
      port: String(a.robotPort),
      username: 'admin',
    },
    // Flow nodes need x/y: without them Node-RED takes a node for a config node.
    { id: 'bench-sink', type: 'bench-sink', z: 'bench-tab', x: 500, y: 40, wires: [] },
    { id: 'bench-catch', type: 'catch', z: 'bench-tab', scope: null, uncaught: false, x: 100, y: 40, wires: [['bench-sink']] },
  ];
  if (a.mode === 'sessions') {
    flows.push({
      id: 'bench-events',
      type: 'kortex-session-events',
      z: 'bench-tab',
      session: 'bench-cfg',
      watchInterval: String(a.watchIntervalS ?? 5),
      x: 300,
      y: 80,
      wires: [['bench-sink']],
    });
  }
  for (let i = 0; i < a.functionNodes; i++) {
    const y = 80 + 40 * i;
    if (a.mode === 'throughput')
      flows.push({ id: `bench-drv-${i}`, type: 'bench-driver', z: 'bench-tab', chain: i, x: 100, y, wires: [[`bench-fn-${i}`]] });
    flows.push({
      id: `bench-fn-${i}`,
      type: a.nodeType ?? 'kortex-list-connections',
      z: 'bench-tab',
      name: '',
      session: 'bench-cfg',
      x: 300,
      y,
      wires: [['bench-sink']],
    });
  }
  return { flows, credentials: { 'bench-cfg': { password: 'admin' } } };
}

function socketsTo(port: number): number {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  return handles.filter((h) => h instanceof net.Socket && !h.destroyed && h.remotePort === port).length;
}

async function waitUntil(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(10);
  }
}

runChild<NodeRedArgs>(async (a) => {
  const nodeFile = builtNodeFile('kortex-list-connections');
  if (!fs.existsSync(nodeFile)) throw new Error(`SKIP: ${path.relative(PACKAGE_ROOT, nodeFile)} is not built`);
  const rssBeforeRuntime = process.memoryUsage().rss;
  const { flows, credentials } = buildFlows(a);
  const red = prepareNodeRed({ flows, credentials, benchNodes: { js: BENCH_NODES_JS, html: BENCH_NODES_HTML } });
  const RED = red.RED;

  let sunk = 0;
  let sinkErrors = 0;
  let lastError: unknown;
  let onSink: (msg: BenchMsg) => void = () => undefined;
  const hub: Hub = {
    drivers: new Map(),
    onSink: (msg) => {
      sunk++;
      if (msg.error) {
        sinkErrors++;
        lastError = msg.error;
      }
      onSink(msg);
    },
  };
  (globalThis as Record<symbol, unknown>)[HUB_KEY] = hub;

  const t0 = performance.now();
  await red.start();
  const stop = (): Promise<void> => red.stop();
  try {
    if (!RED.nodes.getType('kortex-list-connections') || !RED.nodes.getType('kortex-session')) {
      const problems = RED.nodes
        .getNodeList()
        .filter((n) => n.err)
        .map((n) => `${n.id}: ${n.err}`);
      throw new Error(`SKIP: the kortex nodes did not load in Node-RED${problems.length ? ` (${problems.join('; ')})` : ''}`);
    }
    const lastNode = a.mode === 'sessions' ? 'bench-events' : `bench-fn-${a.functionNodes - 1}`;
    await waitUntil(
      () => RED.nodes.getNode(lastNode) !== null && (a.mode !== 'throughput' || hub.drivers.size === a.functionNodes),
      15000,
      'flows started',
    );
  } catch (err) {
    await stop();
    throw err;
  }
  const startupMs = round(performance.now() - t0, 0);

  /** One message through every function node; resolves when all came back, retrying until the session is open. */
  const primeAll = async (): Promise<void> => {
    const deadline = Date.now() + 15000;
    for (;;) {
      const before = sunk;
      const errorsBefore = sinkErrors;
      for (let i = 0; i < a.functionNodes; i++) {
        const msg: BenchMsg = { _benchChain: i, _benchT: performance.now(), payload: 'prime' };
        if (a.mode === 'throughput') hub.drivers.get(i)?.send(msg);
        else RED.nodes.getNode(`bench-fn-${i}`)?.receive(msg);
      }
      await waitUntil(() => sunk - before >= a.functionNodes, 15000, 'priming messages');
      if (sinkErrors === errorsBefore) return;
      if (Date.now() > deadline)
        throw new Error(`the flow keeps failing: ${String((lastError as { message?: string })?.message ?? lastError)}`);
      await sleep(100);
    }
  };
  try {
    await primeAll();
  } catch (err) {
    await stop();
    throw err;
  }

  const arrivals: Array<{ atEpochMs: number; sessionIds: number[] }> = [];
  let lastSessions: unknown;
  const stateEvents: string[] = [];
  let loadWatch: LoadWatch | undefined;
  if (a.mode === 'sessions') {
    onSink = (msg) => {
      if (msg.topic === 'state') stateEvents.push((msg.payload as { event: string }).event);
      if (msg.topic !== 'sessions') return;
      const sessions = (msg.payload as { sessions?: Array<{ sessionIdentifier: number }> }).sessions ?? [];
      lastSessions = sessions;
      arrivals.push({ atEpochMs: performance.timeOrigin + performance.now(), sessionIds: sessions.map((x) => x.sessionIdentifier) });
    };
  }

  return {
    ready: { startupMs },
    handlers: {
      /** sessions mode: every "sessions" message that reached the sink so far. */
      arrivals: async () => arrivals,
      /** sessions mode: the last list, how many lists arrived, and every "state" event. */
      lastSessions: async () => ({ sessions: lastSessions, count: arrivals.length, stateEvents }),
      /** Starts measuring event-loop delay and RSS growth (until loadFigures). */
      watchLoad: async () => {
        loadWatch?.stop();
        loadWatch = startLoadWatch();
      },
      loadFigures: async () => {
        if (!loadWatch) throw new Error('watchLoad was not called');
        return loadWatch.stop();
      },
      /** Circulates `window` messages for warmup + duration; msgs/s, latency through the flow, event-loop delay. */
      run: async (o: { window: number; warmupMs: number; durationMs: number }) => {
        let stopped = false;
        let outstanding = 0;
        let measuring = false;
        let count = 0;
        let errors = 0;
        const latencies: number[] = [];
        let drained: () => void = () => undefined;
        const fire = (chain: number): void => {
          outstanding++;
          hub.drivers.get(chain)?.send({ _benchChain: chain, _benchT: performance.now(), payload: 'go' });
        };
        onSink = (msg) => {
          outstanding--;
          if (measuring) {
            count++;
            if (msg.error) errors++;
            if ((count & 7) === 0) latencies.push((performance.now() - msg._benchT) * 1000);
          }
          if (!stopped) fire(msg._benchChain);
          else if (outstanding <= 0) drained();
        };
        for (let k = 0; k < o.window; k++) fire(k % a.functionNodes);
        await sleep(o.warmupMs);
        // The histogram records the time between 1 ms samples: lateness = value − 1 ms.
        const h = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
        count = 0;
        errors = 0;
        measuring = true;
        h.enable();
        const m0 = performance.now();
        await sleep(o.durationMs);
        const messages = count;
        const errs = errors;
        const seconds = (performance.now() - m0) / 1000;
        h.disable();
        measuring = false;
        await Promise.race([
          new Promise<void>((resolve) => {
            drained = resolve;
            stopped = true;
            if (outstanding <= 0) resolve();
          }),
          sleep(10000),
        ]);
        onSink = () => undefined;
        const lat = summarize(latencies);
        return {
          functionNodes: a.functionNodes,
          window: o.window,
          msgsPerSec: Math.round(messages / seconds),
          messages,
          errors: errs,
          lastError: errs ? String((lastError as { message?: string })?.message ?? lastError) : undefined,
          seconds: round(seconds, 3),
          eventLoopDelayP50Ms: lateness(h.percentile(50)),
          eventLoopDelayP99Ms: lateness(h.percentile(99)),
          eventLoopDelayMaxMs: lateness(h.max),
          flowLatencyP50Us: lat.p50Us,
          flowLatencyP99Us: lat.p99Us,
          socketsToRobot: socketsTo(a.robotPort),
          startupMs,
        };
      },
      /** Memory and sockets after a full GC, every node having made one call. */
      measure: async () => {
        const mem = await memoryAfterGc();
        return {
          functionNodes: a.functionNodes,
          nodeType: a.nodeType ?? 'kortex-list-connections',
          rssMB: round(mem.rss / 2 ** 20, 2),
          heapUsedMB: round(mem.heapUsed / 2 ** 20, 2),
          heapTotalMB: round(mem.heapTotal / 2 ** 20, 2),
          externalMB: round(mem.external / 2 ** 20, 2),
          rssBytes: mem.rss,
          heapUsedBytes: mem.heapUsed,
          rssBeforeRuntimeMB: round(rssBeforeRuntime / 2 ** 20, 2),
          socketsToRobot: socketsTo(a.robotPort),
          gcExposed: typeof gc === 'function',
          startupMs,
        };
      },
    },
    stop: async () => {
      loadWatch?.stop();
      await stop();
    },
  };
});
