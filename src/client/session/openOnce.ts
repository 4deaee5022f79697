/**
 * One session for a one-shot user (the CLI, the editor's "Test connection"): start the client and
 * resolve once the session is open, or reject with the first failure and close the client.
 */
import type { Clock } from '../../util/clock';
import { KortexError } from '../core/errors';
import { StateSource, waitForState } from '../core/waitForState';
import type { SessionState, SessionStateEvent } from './states';

/** What openOnce needs of the session client (client.ts), and no more. */
export interface OnceOpenable extends StateSource<SessionState, SessionStateEvent> {
  readonly robot: string;
  start(): void;
  close(): Promise<void>;
}

/** A failure ends the wait only as a change seen after the start: a client already retrying gets its next attempt. */
const settled = (state: SessionState, event?: SessionStateEvent): boolean =>
  state === 'open' || (event !== undefined && (state === 'reconnecting' || state === 'released' || state === 'closed'));

export function openOnce(client: OnceOpenable, timeoutMs: number, clock?: Clock): Promise<void> {
  if (client.state === 'open') return Promise.resolve();
  const opened = waitForState(client, settled, {
    timeoutMs,
    clock,
    timeoutError: () => new KortexError(`no session within ${timeoutMs} ms`, { kind: 'TIMEOUT', robot: client.robot }),
  }).then((e) => {
    if (!e || e.state === 'open') return;
    throw (
      e.error ??
      new KortexError(`${e.state} before the session opened`, { kind: e.state === 'released' ? 'RELEASED' : 'CLOSED', robot: client.robot })
    );
  });
  client.start();
  return opened.catch((err: unknown) => {
    void client.close();
    throw err;
  });
}
