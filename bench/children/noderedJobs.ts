/**
 * jobs: a real Node-RED 4 runtime in its own process (bench/lib/embeddedNodeRed.ts) with one
 * kortex-run-job node (job set in the node) wired to a sink. `run` hands the node a
 * `{ payload: 'start' }` message (as an inject node would) and answers once the run ended (done,
 * aborted, failed, or an error at the Catch node) with the run's job events: the sink stamps each
 * arrival with an epoch time (performance.timeOrigin + performance.now(), comparable across
 * processes). Waiting here, not polling over IPC, keeps the bench's messages out of the runtime
 * while the robot's notifications arrive.
 */
import { performance } from 'node:perf_hooks';
import { runChild } from '../lib/child';
import { benchSinkNode, prepareNodeRed } from '../lib/embeddedNodeRed';
import { round, sleep } from '../lib/stats';

export interface NodeRedJobsArgs {
  robotPort: number;
  transport: 'tcp' | 'mqtt';
  job: string;
}

export interface JobArrival {
  atEpochMs: number;
  event: string;
  job: string;
}

const FINAL_EVENTS = new Set(['done', 'aborted', 'failed']);

runChild<NodeRedJobsArgs>(async (a) => {
  const arrivals: JobArrival[] = [];
  const errors: string[] = [];
  /** Wakes the run waiting for its end. */
  let ended: (() => void) | undefined;
  const sink = benchSinkNode('jobs', (msg) => {
    const atEpochMs = performance.timeOrigin + performance.now();
    const error = msg.error as { message?: string } | undefined;
    if (error) {
      errors.push(String(error.message ?? error));
      ended?.();
      return;
    }
    const payload = msg.payload as { event?: string; job?: { name?: string } } | undefined;
    if (typeof payload?.event !== 'string') return;
    arrivals.push({ atEpochMs, event: payload.event, job: payload.job?.name ?? '' });
    if (FINAL_EVENTS.has(payload.event)) ended?.();
  });
  const red = prepareNodeRed({
    flows: [
      { id: 'bench-tab', type: 'tab', label: 'bench' },
      {
        id: 'bench-cfg',
        type: 'kortex-session',
        name: 'bench robot',
        host: '127.0.0.1',
        transport: a.transport,
        port: String(a.robotPort),
        username: 'admin',
      },
      // Flow nodes need x/y: without them Node-RED takes a node for a config node.
      { id: 'bench-job', type: 'kortex-run-job', z: 'bench-tab', session: 'bench-cfg', job: a.job, x: 300, y: 40, wires: [['bench-sink']] },
      { id: 'bench-sink', type: 'bench-jobs-sink', z: 'bench-tab', x: 500, y: 40, wires: [] },
      { id: 'bench-catch', type: 'catch', z: 'bench-tab', scope: null, uncaught: false, x: 100, y: 40, wires: [['bench-sink']] },
    ],
    credentials: { 'bench-cfg': { password: 'admin' } },
    benchNodes: sink,
  });
  const t0 = performance.now();
  await red.start();
  try {
    const end = Date.now() + 15000;
    while (!red.RED.nodes.getNode('bench-job')) {
      if (Date.now() > end) {
        const problems = red.RED.nodes
          .getNodeList()
          .filter((n) => n.err)
          .map((n) => `${n.id}: ${n.err}`);
        throw new Error(`SKIP: kortex-run-job did not start in Node-RED${problems.length ? ` (${problems.join('; ')})` : ''}`);
      }
      await sleep(10);
    }
  } catch (err) {
    await red.stop();
    throw err;
  }
  return {
    ready: { startupMs: round(performance.now() - t0, 0) },
    handlers: {
      /** Starts the job as an inject node would; the run's job events and errors once it ended, or after `timeoutMs`. */
      run: async (o: { timeoutMs: number }) => {
        const from = arrivals.length;
        const errorsFrom = errors.length;
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          ended = resolve;
          timer = setTimeout(resolve, o.timeoutMs);
          red.RED.nodes.getNode('bench-job')?.receive({ payload: 'start' });
        });
        clearTimeout(timer);
        ended = undefined;
        return { arrivals: arrivals.slice(from), errors: errors.slice(errorsFrom) };
      },
    },
    stop: () => red.stop(),
  };
});
