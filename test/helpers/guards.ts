/**
 * Small guards for reliability tests: a seeded random source, a watch on uncaught exceptions
 * (test/setup.ts already fails the run on unhandled rejections), and a forced GC for memory checks.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** mulberry32: a tiny seeded PRNG, so backoff jitter and fuzz inputs repeat run after run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface UncaughtWatch {
  readonly errors: Error[];
  /** Throws if any uncaught exception was seen since the watch started. */
  assertNone(): void;
  stop(): void;
}

/**
 * Records uncaught exceptions without changing what Node does with them ('uncaughtExceptionMonitor'
 * runs before mocha's own handler), so a test can assert that none happened during its run.
 */
function watchUncaught(): UncaughtWatch {
  const errors: Error[] = [];
  const listener = (err: Error): void => {
    errors.push(err);
  };
  process.on('uncaughtExceptionMonitor', listener);
  return {
    errors,
    assertNone() {
      if (errors.length > 0)
        throw new Error(`uncaught exception(s) during the test: ${errors.map((e) => e.stack ?? e.message).join('\n')}`);
    },
    stop() {
      process.off('uncaughtExceptionMonitor', listener);
    },
  };
}

let gcFn: (() => void) | undefined;

/** A full garbage collection (enables --expose-gc at run time the first time it is asked for). */
function forceGc(): void {
  if (!gcFn) {
    const existing = (globalThis as { gc?: () => void }).gc;
    if (existing) gcFn = existing;
    else {
      v8.setFlagsFromString('--expose-gc');
      gcFn = vm.runInNewContext('gc') as () => void;
    }
  }
  gcFn();
  gcFn();
}

/** heapUsed after a full GC, in bytes. */
export function settledHeap(): number {
  forceGc();
  return process.memoryUsage().heapUsed;
}

/**
 * Mocha hooks: watch for uncaught exceptions during each test and fail it if any happened. Call
 * after the suite's own afterEach, so exceptions thrown while cleaning up are caught too.
 */
export function failOnUncaught(): void {
  let watch: UncaughtWatch | undefined;
  beforeEach(() => {
    watch = watchUncaught();
  });
  afterEach(() => {
    watch?.stop();
    watch?.assertNone();
    watch = undefined;
  });
}
