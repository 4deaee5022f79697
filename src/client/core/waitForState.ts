/**
 * Waiting, bounded in time, until something with a 'state' event (the session client) is in a
 * state the caller wants: the one wait behind the one-shot open (session/openOnce.ts) and the
 * session-control node's wait for a login (nodes/lib/sessionControl.ts). However it ends (the
 * state, the timeout, an abort), its listener and its timer are gone by the time it settles.
 */
import { Clock, systemClock } from '../../util/clock';
import { KortexError } from './errors';

/** What the wait needs of its source: the state now, and a 'state' event carrying each new one. */
export interface StateSource<S, E extends { state: S }> {
  readonly state: S;
  on(event: 'state', listener: (event: E) => void): unknown;
  off(event: 'state', listener: (event: E) => void): unknown;
}

export interface WaitForStateOptions {
  timeoutMs: number;
  /** Times the wait. Default: the system's. */
  clock?: Clock;
  /** Ends the wait early: it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The error of a wait that timed out. Default: a TIMEOUT KortexError naming the state it is still in. */
  timeoutError?: () => Error;
}

/**
 * Resolves with the first state event that `reached` accepts, or at once with undefined when it
 * accepts the state the source is in now (called without an event then: a predicate can so take
 * some states only as changes seen while waiting). Rejects on timeout or abort.
 */
export function waitForState<S, E extends { state: S }>(
  source: StateSource<S, E>,
  reached: (state: S, event?: E) => boolean,
  options: WaitForStateOptions,
): Promise<E | undefined> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (reached(source.state)) return Promise.resolve(undefined);
  const clock = options.clock ?? systemClock;
  return new Promise<E | undefined>((resolve, reject) => {
    const finish = (): void => {
      clock.clearTimeout(timer);
      source.off('state', onState);
      signal?.removeEventListener('abort', onAbort);
    };
    const onState = (event: E): void => {
      if (!reached(event.state, event)) return;
      finish();
      resolve(event);
    };
    const onAbort = (): void => {
      finish();
      reject(signal?.reason);
    };
    const timer = clock.setTimeout(() => {
      finish();
      reject(
        options.timeoutError?.() ??
          new KortexError(`the awaited state did not come within ${options.timeoutMs} ms (still ${String(source.state)})`, {
            kind: 'TIMEOUT',
          }),
      );
    }, options.timeoutMs);
    source.on('state', onState);
    // No { once: true } needed: onAbort removes itself (finish), and a signal aborts only once.
    signal?.addEventListener('abort', onAbort);
  });
}
