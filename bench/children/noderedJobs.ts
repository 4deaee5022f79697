/**
 * jobs: a real Node-RED 4 runtime in its own process (bench/lib/embeddedNodeRed.ts) with one
 * kortex-run-job node (job set in the node) wired to a sink. `start` hands the node a
 * `{ payload: 'start' }` message (as an inject node would); the sink stamps each job event's
 * arrival with an epoch time (performance.timeOrigin + performance.now(), comparable across
 * processes) and `arrivals` returns them.
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

runChild<NodeRedJobsArgs>(async (a) => {
  const arrivals: JobArrival[] = [];
  const errors: string[] = [];
  const sink = benchSinkNode('jobs', (msg) => {
    const atEpochMs = performance.timeOrigin + performance.now();
    const error = msg.error as { message?: string } | undefined;
    if (error) {
      errors.push(String(error.message ?? error));
      return;
    }
    const payload = msg.payload as { event?: string; job?: { name?: string } } | undefined;
    if (typeof payload?.event === 'string') arrivals.push({ atEpochMs, event: payload.event, job: payload.job?.name ?? '' });
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
      /** Hands the run-job node a start, as an inject node would. */
      start: async () => {
        red.RED.nodes.getNode('bench-job')?.receive({ payload: 'start' });
      },
      /** Every job event that reached the sink so far, and the errors (Catch) seen. */
      arrivals: async () => ({ arrivals, errors }),
    },
    stop: () => red.stop(),
  };
});
