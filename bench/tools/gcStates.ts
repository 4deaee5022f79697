/**
 * The collector's two states under pipelined load (bench/README.md, "Garbage per call"):
 *   node dist/bench/tools/gcStates.js [rounds]
 * Our client against the minimal TCP server (own process): slices of pipelined GetConnections,
 * first back to back, then each after a 700 ms pause in which the process is busy without
 * allocating. Per slice: msgs/s, and the collector's work in it (major GCs, scavenges, GC ms).
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { ChildHandle } from '../lib/child';
import { pipelinedThroughput, round } from '../lib/stats';
import { ROBOT_SCRIPT, WINDOW, benchClient } from '../sections/tcp';

const SLICE_MS = 700;

interface GcTally {
  major: number;
  minor: number;
  ms: number;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 4);
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'minimal-tcp' });
  const client = benchClient(robot.ready.port as number);
  let tally: GcTally = { major: 0, minor: 0, ms: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) tally.major++;
      else if (kind === constants.NODE_PERFORMANCE_GC_MINOR) tally.minor++;
      tally.ms += e.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const slice = async (): Promise<Record<string, number>> => {
    tally = { major: 0, minor: 0, ms: 0 };
    const t = await pipelinedThroughput(() => client.call('getConnections', {}), { window: WINDOW, warmupMs: 0, durationMs: SLICE_MS });
    // GC entries arrive asynchronously: let the observer catch up before reading the tally.
    await new Promise((resolve) => setImmediate(resolve));
    return { msgsPerSec: t.msgsPerSec, majorGcs: tally.major, scavenges: tally.minor, gcMs: round(tally.ms, 1) };
  };
  try {
    await client.openOnce();
    await slice(); // warm-up
    const backToBack = [];
    for (let r = 0; r < rounds; r++) backToBack.push(await slice());
    const afterPause = [];
    for (let r = 0; r < rounds; r++) {
      const until = Date.now() + SLICE_MS;
      while (Date.now() < until) {
        // busy, allocating nothing
      }
      afterPause.push(await slice());
    }
    console.log(JSON.stringify({ sliceMs: SLICE_MS, window: WINDOW, node: process.version, backToBack, afterPause }, null, 1));
  } finally {
    observer.disconnect();
    await client.close();
    await robot.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
