/** What a session client tells its listeners (src/client/session/client.ts). */
import type { SessionKilledEvent, SessionsEvent } from '../link/sessionBroadcasts';
import type { SessionStateEvent } from './states';

export interface SessionClientEventMap {
  state: [event: SessionStateEvent];
  /** Non-fatal protocol trouble (stray frames, garbage on the link), redacted. */
  problem: [error: Error];
  /** Kortex 3: the robot's `sessions/status` broadcast (see sessionBroadcasts.ts). */
  sessions: [event: SessionsEvent];
  /**
   * Kortex 3: the robot's `sessions/killed` broadcast. One naming our session is emitted once a
   * KeepAlive has checked it: with `own`, the kill was real and the client is already logging in
   * again; a kill the robot contradicts comes with `own` false (and a `problem`).
   */
  'session-killed': [event: SessionKilledEvent];
}
