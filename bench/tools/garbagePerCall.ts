/**
 * Bytes allocated per GetConnections call, by allocating function (bench/README.md, "Garbage per
 * call"):
 *   node dist/bench/tools/garbagePerCall.js [calls]
 * Our client against the minimal TCP server (own process), 64 calls in flight, under V8's sampling
 * heap profiler with the objects already collected included. The bench's own loop (one async
 * worker step per call) is part of the total and listed under `pipelinedThroughput`'s worker.
 */
import inspector from 'node:inspector';
import { ChildHandle } from '../lib/child';
import { pipelinedThroughput } from '../lib/stats';
import { ROBOT_SCRIPT, WINDOW, benchClient } from '../sections/tcp';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children?: ProfileNode[];
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise<T>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
}

async function callsOf(n: number, call: () => Promise<unknown>): Promise<void> {
  let left = n;
  const worker = async (): Promise<void> => {
    while (left-- > 0) await call();
  };
  await Promise.all(Array.from({ length: WINDOW }, worker));
}

async function main(): Promise<void> {
  const calls = Number(process.argv[2] ?? 20000);
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'minimal-tcp' });
  const client = benchClient(robot.ready.port as number);
  const session = new inspector.Session();
  try {
    await client.openOnce();
    const call = (): Promise<unknown> => client.call('getConnections', {});
    // Warm up: optimised code allocates less than the first runs do.
    await pipelinedThroughput(call, { window: WINDOW, warmupMs: 0, durationMs: 1000 });
    session.connect();
    await post(session, 'HeapProfiler.startSampling', {
      samplingInterval: 256,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    await callsOf(calls, call);
    const { profile } = await post<{ profile: { head: ProfileNode } }>(session, 'HeapProfiler.stopSampling');
    const byFunction = new Map<string, number>();
    const walk = (node: ProfileNode): void => {
      if (node.selfSize > 0) {
        const where = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\/dist\//, 'dist/')}:${node.callFrame.lineNumber + 1}`;
        byFunction.set(where, (byFunction.get(where) ?? 0) + node.selfSize);
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(profile.head);
    const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
    const top = [...byFunction.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([where, bytes]) => ({ bytesPerCall: Math.round(bytes / calls), where }));
    console.log(JSON.stringify({ node: process.version, calls, window: WINDOW, bytesPerCall: Math.round(total / calls), top }, null, 1));
  } finally {
    session.disconnect();
    await client.close();
    await robot.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
