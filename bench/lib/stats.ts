/** Small statistics and timing helpers shared by every bench section. */
import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  samples: number;
  p50Us: number;
  p90Us: number;
  p99Us: number;
  meanUs: number;
  minUs: number;
  maxUs: number;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(samplesUs: number[] | Float64Array): LatencySummary {
  const sorted = Float64Array.from(samplesUs).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    samples: sorted.length,
    p50Us: round(percentile(sorted, 50)),
    p90Us: round(percentile(sorted, 90)),
    p99Us: round(percentile(sorted, 99)),
    meanUs: round(sorted.length ? sum / sorted.length : NaN),
    minUs: round(sorted[0] ?? NaN),
    maxUs: round(sorted[sorted.length - 1] ?? NaN),
  };
}

/** Latencies in ms: count, p50, p90, p99 and max (nearest rank), rounded to `digits`. */
export function msSummary(samplesMs: number[], digits = 2): Record<string, number> {
  const sorted = [...samplesMs].sort((x, y) => x - y);
  return {
    samples: sorted.length,
    p50Ms: round(percentile(sorted, 50), digits),
    p90Ms: round(percentile(sorted, 90), digits),
    p99Ms: round(percentile(sorted, 99), digits),
    maxMs: round(sorted[sorted.length - 1] ?? NaN, digits),
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Wall-clock ms with sub-ms precision: comparable between processes on one machine. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Seconds from one epochNow() to another (null: it never happened). */
export const secondsBetween = (fromEpochMs: number, toEpochMs: number | null): number | null =>
  toEpochMs === null ? null : round((toEpochMs - fromEpochMs) / 1000, 2);

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects after `ms` with a clear message; the timer never keeps the process alive. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One request at a time for `durationMs` after `warmupMs`: the latency of each call, in µs.
 * Bounded by `maxSamples` too.
 */
export async function sequentialRtt(
  call: () => Promise<unknown>,
  o: { warmupMs: number; durationMs: number; maxSamples?: number },
): Promise<number[]> {
  const warmEnd = performance.now() + o.warmupMs;
  while (performance.now() < warmEnd) await call();
  const samples: number[] = [];
  const end = performance.now() + o.durationMs;
  const max = o.maxSamples ?? 200_000;
  while (samples.length < max) {
    const t0 = performance.now();
    await call();
    const t1 = performance.now();
    samples.push((t1 - t0) * 1000);
    if (t1 >= end) break;
  }
  return samples;
}

/**
 * The floor clients' ping-pong, without a Promise per request: `send()` writes one request, and the
 * client calls the handler given to `onReply` for each reply. The latency of each, in µs, for
 * `durationMs` after `warmupMs` (at most `maxSamples`).
 */
export function callbackRtt(
  send: () => void,
  onReply: (handler: () => void) => void,
  o: { warmupMs: number; durationMs: number; maxSamples?: number },
): Promise<number[]> {
  const samples: number[] = [];
  const max = o.maxSamples ?? 200_000;
  const warmEnd = performance.now() + o.warmupMs;
  const end = warmEnd + o.durationMs;
  return new Promise<number[]>((resolve) => {
    let t0 = performance.now();
    onReply(() => {
      const t1 = performance.now();
      if (t0 >= warmEnd) samples.push((t1 - t0) * 1000);
      if (t1 >= end || samples.length >= max) {
        onReply(() => undefined);
        resolve(samples);
        return;
      }
      t0 = performance.now();
      send();
    });
    send();
  });
}

/** What `completed()` grew by during `durationMs`, after `warmupMs`, and the seconds it took. */
export async function countOver(
  completed: () => number,
  o: { warmupMs: number; durationMs: number },
): Promise<{ messages: number; seconds: number }> {
  await sleep(o.warmupMs);
  const c0 = completed();
  const t0 = performance.now();
  await sleep(o.durationMs);
  return { messages: completed() - c0, seconds: (performance.now() - t0) / 1000 };
}

export interface ThroughputResult {
  msgsPerSec: number;
  messages: number;
  seconds: number;
  errors: number;
}

/**
 * `window` concurrent workers each awaiting `call` in a loop; counts completions inside the
 * measured interval (after `warmupMs`). Resolves once every worker has stopped.
 */
export async function pipelinedThroughput(
  call: () => Promise<unknown>,
  o: { window: number; warmupMs: number; durationMs: number },
): Promise<ThroughputResult> {
  let measuring = false;
  let stop = false;
  let count = 0;
  let errors = 0;
  const worker = async (): Promise<void> => {
    while (!stop) {
      try {
        await call();
        if (measuring) count++;
      } catch {
        if (measuring) errors++;
      }
    }
  };
  const workers = Array.from({ length: o.window }, () => worker());
  await sleep(o.warmupMs);
  count = 0;
  errors = 0;
  measuring = true;
  const t0 = performance.now();
  await sleep(o.durationMs);
  const messages = count;
  const errs = errors;
  const seconds = (performance.now() - t0) / 1000;
  measuring = false;
  stop = true;
  await Promise.all(workers);
  return { msgsPerSec: Math.round(messages / seconds), messages, seconds: round(seconds, 3), errors: errs };
}

/** process.memoryUsage() after a few full GCs (needs --expose-gc; without it, as it is). */
export async function memoryAfterGc(): Promise<NodeJS.MemoryUsage> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 4; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage();
}
