/**
 * How hard something hits this process: event-loop delay (perf_hooks.monitorEventLoopDelay, 1 ms
 * resolution, reported as lateness past the resolution) and RSS growth (sampled every few ms, peak
 * over the start value). For bench children and the tests that drive them.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { round } from './stats';

export const ELD_RESOLUTION_MS = 1;
const RSS_SAMPLE_MS = 5;

/** A histogram value (ns between 1 ms samples) as lateness in ms. */
export const lateness = (ns: number): number => round(Math.max(0, ns / 1e6 - ELD_RESOLUTION_MS), 2);

export interface LoadFigures {
  eventLoopDelayP50Ms: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
  rssStartMB: number;
  rssPeakMB: number;
  rssGrowthMB: number;
  seconds: number;
}

export interface LoadWatch {
  /** Ends the watch (histogram and sampler) and returns its figures. Safe to call twice. */
  stop(): LoadFigures;
}

export function startLoadWatch(): LoadWatch {
  const h = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
  const t0 = performance.now();
  const rssStart = process.memoryUsage.rss();
  let rssPeak = rssStart;
  const sample = (): void => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  };
  const sampler = setInterval(sample, RSS_SAMPLE_MS);
  h.enable();
  let figures: LoadFigures | undefined;
  return {
    stop() {
      if (figures) return figures;
      clearInterval(sampler);
      h.disable();
      sample();
      const mb = (bytes: number): number => round(bytes / 2 ** 20, 1);
      figures = {
        eventLoopDelayP50Ms: lateness(h.percentile(50)),
        eventLoopDelayP99Ms: lateness(h.percentile(99)),
        eventLoopDelayMaxMs: lateness(h.max),
        rssStartMB: mb(rssStart),
        rssPeakMB: mb(rssPeak),
        rssGrowthMB: mb(rssPeak - rssStart),
        seconds: round((performance.now() - t0) / 1000, 2),
      };
      return figures;
    },
  };
}

export interface WindowFigures {
  /** CPU of this process over the window, user + system, in % of one core. */
  cpuPercentOfOneCore: number;
  /** The system (kernel) part of it: syscalls, wake-ups. */
  cpuSystemPercentOfOneCore: number;
  eventLoopDelayP50Ms: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
  /** The CPU window (the event-loop delay is sampled after it, over up to half as long). */
  wallMs: number;
}

/** The event-loop delay window after the CPU window: half as long, at most this. */
const MAX_DELAY_WINDOW_MS = 5000;

/**
 * This process's CPU over `durationMs`, then its event-loop delay over a second window after it.
 * Apart because the 1 ms delay sampler is itself about 2–3 % of a core, and a varying share of it
 * (more on a busy machine): inside the CPU window it was most of an idle baseline and noise in
 * every "added" figure (docs/performance.md, "What the bench's instruments cost"). `onCpuWindowEnd`
 * runs as the CPU window closes (to count what happened in it).
 */
export async function measureWindow(durationMs: number, onCpuWindowEnd?: () => void): Promise<WindowFigures> {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  const cpu = process.cpuUsage(c0);
  const wallMs = performance.now() - w0;
  onCpuWindowEnd?.();
  const h = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
  h.enable();
  await new Promise((resolve) => setTimeout(resolve, Math.min(durationMs / 2, MAX_DELAY_WINDOW_MS)));
  h.disable();
  return {
    cpuPercentOfOneCore: round(((cpu.user + cpu.system) / 1000 / wallMs) * 100, 2),
    cpuSystemPercentOfOneCore: round((cpu.system / 1000 / wallMs) * 100, 2),
    eventLoopDelayP50Ms: lateness(h.percentile(50)),
    eventLoopDelayP99Ms: lateness(h.percentile(99)),
    eventLoopDelayMaxMs: lateness(h.max),
    wallMs,
  };
}
