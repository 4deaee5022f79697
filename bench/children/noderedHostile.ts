/**
 * The hostile section's Node-RED: a real runtime in its own process WITH its editor and admin API
 * on a free port (bench/lib/embeddedNodeRed.ts), one kortex-session, a kortex-robot-state node and
 * a kortex-run-job node (its job set in the node), both wired to one sink, and a Catch node to the
 * same sink. The sink counts what reached the flow: arm states, job events, errors.
 *
 * Commands: `waitOpen` (the first arm state: the session is open), `startJob` (until `started`),
 * `counts`, `watchLoad` / `loadFigures` by name (event-loop delay and RSS peak over start, bench/lib/loadWatch.ts),
 * `memory` (after full GCs), `stopJob` (until the run's last event).
 */
import { runChild } from '../lib/child';
import { benchSinkNode, prepareNodeRed } from '../lib/embeddedNodeRed';
import { LoadWatch, startLoadWatch } from '../lib/loadWatch';
import { memoryAfterGc, round, sleep } from '../lib/stats';

export interface NodeRedHostileArgs {
  transport: 'tcp' | 'mqtt';
  robotPort: number;
  namespace?: string;
  job: string;
}

export interface HostileCounts {
  armStates: number;
  /** The last arm state that reached the flow. */
  lastArmState: string | null;
  /** Every job event that reached the flow, in order. */
  jobEvents: string[];
  errors: string[];
  /** kortex-robot-state's `lost` messages: the session was lost. */
  lost: number;
}

const FINAL_EVENTS = new Set(['done', 'aborted', 'failed']);

runChild<NodeRedHostileArgs>(async (a) => {
  const counts: HostileCounts = { armStates: 0, lastArmState: null, jobEvents: [], errors: [], lost: 0 };
  const sink = benchSinkNode('hostile', (msg) => {
    const error = msg.error as { message?: string } | undefined;
    if (error) {
      counts.errors.push(String(error.message ?? error));
      return;
    }
    const payload = msg.payload as { event?: string; activeState?: string } | undefined;
    if (msg.topic === 'lost') counts.lost++;
    else if (typeof payload?.activeState === 'string') {
      counts.armStates++;
      counts.lastArmState = payload.activeState;
    } else if (typeof payload?.event === 'string') counts.jobEvents.push(payload.event);
  });
  const session: Record<string, unknown> = {
    id: 'hostile-cfg',
    type: 'kortex-session',
    name: 'robot under attack',
    host: '127.0.0.1',
    transport: a.transport,
    port: String(a.robotPort),
    username: 'admin',
    ...(a.namespace ? { namespace: a.namespace } : {}),
  };
  // Flow nodes need x/y: without them Node-RED takes a node for a config node.
  const at = (x: number, y: number): Record<string, unknown> => ({ z: 'hostile-tab', x, y });
  const red = prepareNodeRed({
    flows: [
      { id: 'hostile-tab', type: 'tab', label: 'hostile' },
      session,
      { id: 'hostile-state', type: 'kortex-robot-state', session: 'hostile-cfg', ...at(300, 40), wires: [['hostile-sink']] },
      { id: 'hostile-job', type: 'kortex-run-job', session: 'hostile-cfg', job: a.job, ...at(300, 100), wires: [['hostile-sink']] },
      { id: 'hostile-catch', type: 'catch', scope: null, uncaught: false, ...at(100, 160), wires: [['hostile-sink']] },
      { id: 'hostile-sink', type: 'bench-hostile-sink', ...at(500, 100), wires: [] },
    ],
    credentials: { 'hostile-cfg': { password: 'admin' } },
    benchNodes: sink,
    editor: true,
  });
  await red.start();
  /** By name: the whole attack's, and each phase's. */
  const loads = new Map<string, LoadWatch>();

  /** Resolves once `ok` holds, polled every 10 ms; throws after `timeoutMs` naming `what`. */
  async function until(ok: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`${what} within ${timeoutMs} ms (errors: ${counts.errors.slice(-1).join('') || 'none'})`);
      await sleep(10);
    }
  }

  return {
    ready: { editorPort: red.editorPort() },
    handlers: {
      waitOpen: (o: { timeoutMs: number }) => until(() => counts.armStates > 0, o.timeoutMs, 'no arm state reached the flow'),
      startJob: async (o: { timeoutMs: number }) => {
        const from = counts.jobEvents.length;
        red.RED.nodes.getNode('hostile-job')?.receive({ payload: 'start' });
        await until(() => counts.jobEvents.length > from, o.timeoutMs, 'the job did not start');
        return counts.jobEvents.slice(from);
      },
      stopJob: async (o: { timeoutMs: number }) => {
        red.RED.nodes.getNode('hostile-job')?.receive({ payload: 'stop' });
        await until(() => FINAL_EVENTS.has(counts.jobEvents.at(-1) ?? ''), o.timeoutMs, 'the job did not end');
        return counts.jobEvents.at(-1);
      },
      counts: () => counts,
      watchLoad: (o: { name: string }) => {
        loads.get(o.name)?.stop();
        loads.set(o.name, startLoadWatch());
        return true;
      },
      loadFigures: (o: { name: string }) => loads.get(o.name)?.stop() ?? null,
      memory: async () => {
        const m = await memoryAfterGc();
        return { rssMB: round(m.rss / 2 ** 20, 1), heapUsedMB: round(m.heapUsed / 2 ** 20, 1) };
      },
    },
    stop: async () => {
      for (const load of loads.values()) load.stop();
      await red.stop();
    },
  };
});
