/**
 * Event-loop delay measured inside a child process (a Node-RED runtime), the way the bench measures
 * its own Node-RED (bench/children/nodered.ts): perf_hooks.monitorEventLoopDelay at 1 ms
 * resolution, lateness = sample - 1 ms. The probe is preloaded with `node --require`; each SIGWINCH
 * (a signal Node-RED leaves alone: it stops on SIGUSR2, and SIGUSR1 opens the inspector)
 * makes it print the figures since the previous one on stdout and start over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from './wait';

const MARK = 'KORTEX-EVENT-LOOP ';

const PROBE_JS = `'use strict';
const { monitorEventLoopDelay } = require('node:perf_hooks');
const RESOLUTION_MS = 1;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();
const lateness = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
process.on('SIGWINCH', () => {
  const figures = { maxMs: lateness(histogram.max), p99Ms: lateness(histogram.percentile(99)) };
  histogram.reset();
  process.stdout.write(${JSON.stringify(MARK)} + JSON.stringify(figures) + '\\n');
});
`;

export interface EventLoopDelay {
  maxMs: number;
  p99Ms: number;
}

/** Writes the probe into `dir`; returns the NODE_OPTIONS that preload it. */
export function writeEventLoopProbe(dir: string): string {
  const file = path.join(dir, 'event-loop-probe.js');
  fs.writeFileSync(file, PROBE_JS);
  return `--require ${JSON.stringify(file)}`;
}

/** The delay since the previous read (or since start), from a child started with the probe. */
export async function readEventLoopDelay(child: { kill(signal: NodeJS.Signals): boolean }, output: () => string): Promise<EventLoopDelay> {
  const reports = (): string[] =>
    output()
      .split('\n')
      .filter((line) => line.startsWith(MARK));
  const before = reports().length;
  child.kill('SIGWINCH');
  await waitFor(() => reports().length > before, "the event-loop probe's report", 5000, 10);
  return JSON.parse(reports()[before].slice(MARK.length)) as EventLoopDelay;
}
