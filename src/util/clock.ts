/**
 * The one source of time for the client and the simulator: now() and timers behind one small
 * interface, so tests can pass a manual clock (test/helpers/manualClock.ts) and decide when time
 * passes, instead of waiting for it. Everything that times something takes a Clock and defaults
 * to `systemClock`. In src/util, not src/client, because the simulator uses it too and depends on
 * nothing of the client.
 */
import { performance } from 'node:perf_hooks';

declare const timerBrand: unique symbol;

/** A timer set on a clock; only that clock can clear it. */
export interface TimerHandle {
  readonly [timerBrand]: true;
}

export interface Clock {
  /** Milliseconds on a monotonic scale: only differences between two readings mean anything. */
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  /** Clearing `undefined`, or a timer that already fired, does nothing. */
  clearTimeout(timer: TimerHandle | undefined): void;
  setInterval(callback: () => void, intervalMs: number): TimerHandle;
  clearInterval(timer: TimerHandle | undefined): void;
}

// The globals are looked up at each call, not captured at load: a test that replaces them still sees its own.
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs) as unknown as TimerHandle,
  clearTimeout: (timer) => clearTimeout(timer as unknown as NodeJS.Timeout | undefined),
  setInterval: (callback, intervalMs) => setInterval(callback, intervalMs) as unknown as TimerHandle,
  clearInterval: (timer) => clearInterval(timer as unknown as NodeJS.Timeout | undefined),
};

/** Lets a system timer not keep the process alive; timers of other clocks hold nothing, so nothing to do. */
export function unrefTimer(timer: TimerHandle): void {
  const unref = (timer as unknown as { unref?: () => void }).unref;
  if (typeof unref === 'function') unref.call(timer);
}
