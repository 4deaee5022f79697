/**
 * Request admission: at most `maxInFlight` requests on the wire, at most `maxQueued` waiting for a
 * slot or for the link, none waiting longer than `queueWaitMs`. The session client says when the
 * link is usable; the queue never decides about the link itself.
 */
import { Clock, TimerHandle, systemClock } from '../../util/clock';
import { KortexError } from '../core/errors';

export interface AdmissionOptions {
  maxInFlight: number;
  maxQueued: number;
  queueWaitMs: number;
  /** Times the waits. Default: the system's. */
  clock?: Clock;
}

export interface AdmissionHooks {
  /** Robot label for error texts. */
  robot(): string;
  /** The session is open: requests may go on the wire. */
  isOpen(): boolean;
  /** Why a request that waited `queueWaitMs` gets no slot (the link is down, or the robot is busy). */
  waitExpired(rpc: string, waitedMs: number): KortexError;
}

interface Waiter {
  rpc: string;
  start: () => void;
  fail: (err: Error) => void;
  timer: TimerHandle | undefined;
}

export class AdmissionQueue {
  private inFlight = 0;
  private readonly waiting: Waiter[] = [];
  private readonly clock: Clock;

  constructor(
    private readonly o: AdmissionOptions,
    private readonly hooks: AdmissionHooks,
  ) {
    this.clock = o.clock ?? systemClock;
  }

  get inFlightCount(): number {
    return this.inFlight;
  }

  get queuedCount(): number {
    return this.waiting.length;
  }

  /** Takes a slot at once if the session is open, one is free and nobody waits ahead (the hot path). */
  tryTake(): boolean {
    if (this.inFlight < this.o.maxInFlight && this.waiting.length === 0 && this.hooks.isOpen()) {
      this.inFlight++;
      return true;
    }
    return false;
  }

  /** Resolves when the request holds a slot; rejects when the queue is full or the wait expires. */
  acquire(rpc: string): Promise<void> {
    if (this.tryTake()) return Promise.resolve();
    if (this.waiting.length >= this.o.maxQueued) {
      return Promise.reject(
        new KortexError(`request queue full (${this.o.maxQueued} waiting, ${this.inFlight} in flight)`, {
          kind: 'QUEUE_FULL',
          rpc,
          robot: this.hooks.robot(),
        }),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        rpc,
        start: () => {
          this.clock.clearTimeout(waiter.timer);
          this.inFlight++;
          resolve();
        },
        fail: (err) => {
          this.clock.clearTimeout(waiter.timer);
          reject(err);
        },
        timer: undefined,
      };
      waiter.timer = this.clock.setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        // Stryker disable next-line ConditionalExpression: equivalent, a waiter leaves the queue only by start or fail, which clear this
        if (index >= 0) this.waiting.splice(index, 1);
        reject(this.hooks.waitExpired(rpc, this.o.queueWaitMs));
      }, this.o.queueWaitMs);
      this.waiting.push(waiter);
    });
  }

  /** Gives a slot back and lets the next waiter in. */
  release(): void {
    this.inFlight--;
    this.drain();
  }

  /** Starts waiting requests while the session is open and slots are free. */
  drain(): void {
    while (this.waiting.length > 0 && this.inFlight < this.o.maxInFlight && this.hooks.isOpen()) {
      this.waiting.shift()?.start();
    }
  }

  /** Fails every waiting request, each with the error `reason` builds for its RPC. */
  failWaiting(reason: (rpc: string) => Error): void {
    for (const waiter of this.waiting.splice(0)) waiter.fail(reason(waiter.rpc));
  }
}
