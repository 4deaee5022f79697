/**
 * One session for a one-shot user (the CLI, the editor's "Test connection"): start the client and
 * resolve once the session is open, or reject with the first failure and close the client.
 */
import { KortexError } from '../core/errors';
import type { KortexSessionClient } from './client';
import type { SessionStateEvent } from './states';

export function openOnce(client: KortexSessionClient, timeoutMs: number): Promise<void> {
  if (client.state === 'open') return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => finish(new KortexError(`no session within ${timeoutMs} ms`, { kind: 'TIMEOUT', robot: client.robot })), timeoutMs);
    const onState = (e: SessionStateEvent): void => {
      if (e.state === 'open') finish();
      else if (e.state === 'reconnecting' || e.state === 'released' || e.state === 'closed') {
        finish(e.error ?? new KortexError(`${e.state} before the session opened`, { kind: e.state === 'released' ? 'RELEASED' : 'CLOSED', robot: client.robot }));
      }
    };
    const finish = (err?: Error): void => {
      clearTimeout(timer);
      client.off('state', onState);
      if (err) {
        void client.close();
        reject(err);
      } else resolve();
    };
    client.on('state', onState);
    client.start();
  });
}
