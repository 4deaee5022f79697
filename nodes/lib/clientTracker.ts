/**
 * One state listener per pooled client, shared by every node that uses it. Twenty nodes on one
 * robot would otherwise put twenty listeners on the client (and trip Node's max-listeners warning);
 * the tracker also remembers the last state event, so a node that starts while the robot is already
 * down can show the retry countdown and refuse calls after a failed login at once.
 */
import { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionStateEvent } from '../../src/client/session/states';

export type StateSubscriber = (event: SessionStateEvent) => void;

export class ClientTracker {
  /** The last state event, and when it arrived (ms). */
  last: SessionStateEvent | undefined;
  lastAt = 0;
  private readonly subscribers = new Set<StateSubscriber>();

  constructor(readonly client: KortexSessionClient) {
    client.on('state', (event) => {
      this.last = event;
      this.lastAt = Date.now();
      // A copy: a subscriber may unsubscribe (or subscribe) while being told.
      for (const subscriber of [...this.subscribers]) {
        try {
          subscriber(event);
        } catch {
          // One node's status bug must not stop the others from hearing about the session.
        }
      }
    });
  }

  subscribe(subscriber: StateSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /**
   * The robot's refusal of the login, while the client waits to retry it; undefined otherwise.
   * Calls made then cannot succeed until the credentials are fixed.
   */
  loginRefusal(): KortexError | undefined {
    const last = this.last;
    if (this.client.state !== 'reconnecting' || last?.state !== 'reconnecting' || !last.authFailed) return undefined;
    return last.error instanceof KortexError ? last.error : undefined;
  }
}

const trackers = new WeakMap<KortexSessionClient, ClientTracker>();

/** The tracker of a client (created on first use; it lives as long as the client does). */
export function trackerFor(client: KortexSessionClient): ClientTracker {
  let tracker = trackers.get(client);
  if (!tracker) {
    tracker = new ClientTracker(client);
    trackers.set(client, tracker);
  }
  return tracker;
}
