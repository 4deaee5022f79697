/**
 * Inactivity expiry of the simulated robot's sessions: a session whose connection has been idle
 * for its session_inactivity_timeout ends. A timer per session does it on its own; the robot's
 * ProcessConnectionsSanity sweep (SessionModel.processConnectionsSanity) asks isIdleExpired.
 */
import { Clock, unrefTimer } from '../../util/clock';
import type { SimConnection, SimSession } from './simConnection';

/**
 * Arms the session's one timer for `delayMs`; when it fires, `expire` runs if the connection has
 * been idle long enough, else the timer is re-armed for the remaining idle time (cheaper than a
 * reset on every request). Nothing to do for a session without a timeout.
 */
export function scheduleExpiry(
  clock: Clock,
  conn: SimConnection,
  session: SimSession,
  delayMs: number,
  now: () => number,
  expire: () => void,
): void {
  if (session.sessionInactivityTimeout <= 0) return;
  session.timer = clock.setTimeout(
    () => {
      session.timer = undefined;
      if (conn.session !== session) return;
      const idle = now() - conn.lastActivityAt;
      if (idle >= session.sessionInactivityTimeout) expire();
      else scheduleExpiry(clock, conn, session, session.sessionInactivityTimeout - idle, now, expire);
    },
    Math.max(1, delayMs),
  );
  unrefTimer(session.timer);
}

export function cancelExpiry(clock: Clock, session: SimSession): void {
  if (session.timer) clock.clearTimeout(session.timer);
  session.timer = undefined;
}

/** Whether the connection's session has outlived its session_inactivity_timeout at `now`. */
export function isIdleExpired(conn: SimConnection, now: number): boolean {
  const s = conn.session;
  return s !== undefined && s.sessionInactivityTimeout > 0 && now - conn.lastActivityAt >= s.sessionInactivityTimeout;
}
