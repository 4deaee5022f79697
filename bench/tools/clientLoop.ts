/**
 * For profiling one phase of the client section alone:
 *   node --cpu-prof dist/bench/tools/clientLoop.js pipelined|sequential [seconds]
 * Our client against the minimal TCP server (own process), nothing else in this process.
 */
import { ChildHandle } from '../lib/child';
import { pipelinedThroughput, sequentialRtt, summarize } from '../lib/stats';
import { ROBOT_SCRIPT, WINDOW, benchClient } from '../sections/tcp';

async function main(): Promise<void> {
  const phase = process.argv[2] ?? 'pipelined';
  const seconds = Number(process.argv[3] ?? 3);
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'minimal-tcp' });
  const client = benchClient(robot.ready.port as number);
  try {
    await client.openOnce();
    const call = (): Promise<unknown> => client.call('getConnections', {});
    if (phase === 'sequential') {
      console.log(JSON.stringify(summarize(await sequentialRtt(call, { warmupMs: 300, durationMs: seconds * 1000 }))));
    } else {
      console.log(JSON.stringify(await pipelinedThroughput(call, { window: WINDOW, warmupMs: 300, durationMs: seconds * 1000 })));
    }
  } finally {
    await client.close();
    await robot.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
