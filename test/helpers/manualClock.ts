/**
 * A Clock (src/util/clock.ts) whose time moves only when a test says so: advance(ms) fires
 * every timer due by then in order of due time (ties in the order they were set), timers set by
 * those callbacks included, and lets the promise work each callback starts run before the next.
 */
import type { Clock, TimerHandle } from '../../src/util/clock';

interface ManualTimer {
  at: number;
  /** Order of setting: breaks ties between timers due at the same time. */
  seq: number;
  callback: () => void;
  /** Re-armed this much later after firing (intervals); 0 for a one-shot timer. */
  everyMs: number;
}

/** Lets every promise chain started so far run to its end (setImmediate runs after the microtasks). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ManualClock implements Clock {
  private time: number;
  private seq = 0;
  private timers: ManualTimer[] = [];

  constructor(startMs = 0) {
    this.time = startMs;
  }

  now(): number {
    return this.time;
  }

  /** Timers set and neither fired nor cleared (intervals until cleared). */
  get pending(): number {
    return this.timers.length;
  }

  /** Milliseconds from now until the earliest timer, undefined when none is set. */
  get nextDueIn(): number | undefined {
    const next = this.earliest(Infinity);
    return next ? next.at - this.time : undefined;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    return this.add(callback, delayMs, 0);
  }

  setInterval(callback: () => void, intervalMs: number): TimerHandle {
    return this.add(callback, intervalMs, Math.max(1, intervalMs));
  }

  clearTimeout(timer: TimerHandle | undefined): void {
    this.timers = this.timers.filter((t) => (t as unknown) !== timer);
  }

  clearInterval(timer: TimerHandle | undefined): void {
    this.clearTimeout(timer);
  }

  /** Moves time forward by `ms`, firing each timer due meanwhile at its own time, then settling. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await settle();
    for (let due = this.earliest(end); due; due = this.earliest(end)) {
      this.time = Math.max(this.time, due.at);
      if (due.everyMs > 0) {
        due.at += due.everyMs;
        due.seq = this.seq++;
      } else {
        this.timers = this.timers.filter((t) => t !== due);
      }
      due.callback();
      await settle();
    }
    this.time = end;
  }

  private add(callback: () => void, delayMs: number, everyMs: number): TimerHandle {
    // Like Node: a negative or missing delay means "as soon as possible".
    const timer: ManualTimer = { at: this.time + Math.max(0, delayMs || 0), seq: this.seq++, callback, everyMs };
    this.timers.push(timer);
    return timer as unknown as TimerHandle;
  }

  private earliest(until: number): ManualTimer | undefined {
    let first: ManualTimer | undefined;
    for (const t of this.timers) {
      if (t.at <= until && (!first || t.at < first.at || (t.at === first.at && t.seq < first.seq))) first = t;
    }
    return first;
  }
}
