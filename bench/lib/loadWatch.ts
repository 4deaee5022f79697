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
  eventLoopDelayP50Ms: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
  wallMs: number;
}

/** Waits `durationMs` and returns this process's CPU and event-loop delay over that window. */
export async function measureWindow(durationMs: number): Promise<WindowFigures> {
  const h = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  h.enable();
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  h.disable();
  const cpu = process.cpuUsage(c0);
  const wallMs = performance.now() - w0;
  return {
    cpuPercentOfOneCore: round(((cpu.user + cpu.system) / 1000 / wallMs) * 100, 2),
    eventLoopDelayP50Ms: lateness(h.percentile(50)),
    eventLoopDelayP99Ms: lateness(h.percentile(99)),
    eventLoopDelayMaxMs: lateness(h.max),
    wallMs,
  };
}
