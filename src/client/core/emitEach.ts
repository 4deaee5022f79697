import type { EventEmitter } from 'node:events';

/**
 * Emits `event` to each listener on its own: one that throws (a flow's bug) is reported to
 * `failed` and neither keeps the others from hearing it nor stops the caller half-way (a close that
 * must still reach 'closed'). `once` listeners are removed as `emit` removes them.
 */
export function emitEach(emitter: EventEmitter, event: string, arg: unknown, failed: (err: Error) => void): void {
  for (const listener of emitter.rawListeners(event) as Array<(arg: unknown) => void>) {
    try {
      listener.call(emitter, arg);
    } catch (err) {
      failed(err instanceof Error ? err : new Error(String(err)));
    }
  }
}
