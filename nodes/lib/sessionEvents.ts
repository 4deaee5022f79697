/**
 * From the client's state changes to the kortex-session-events node's messages (docs/nodes/README.md):
 * connecting, open, lost, reconnecting (with delay and attempt), released, closed, auth-failed. Pure apart
 * from remembering the last open session, so the mapping is unit-testable.
 */
import { KortexError } from '../../src/client/core/errors';
import { redact } from '../../src/client/core/redact';
import { SessionState, SessionStateEvent } from '../../src/client/session/states';

export type SessionEventName = 'connecting' | 'open' | 'lost' | 'reconnecting' | 'released' | 'closed' | 'auth-failed';

/** msg.payload of a msg.topic "state" message. */
export interface SessionEventPayload {
  event: SessionEventName;
  /** "host:port" of the robot. */
  robot: string;
  /** The session concerned: the open one, or the one just lost; 0 when there is none. */
  sessionId: number;
  /** reconnecting: wait before the next attempt (ms), and that attempt's number. connecting: the attempt. */
  delayMs?: number;
  attempt?: number;
  /** Why (lost, reconnecting, auth-failed): the redacted error text. */
  error?: string;
  /** The Kortex error name ("ERROR_DEVICE/INVALID_PASSWORD") or client error kind ("TIMEOUT"). */
  code?: string;
}

export class SessionEventMapper {
  /** The session id while open, so "lost" can say which session was lost. */
  private openSessionId = 0;

  /** The events one state change stands for, in order (a loss is "lost" then "reconnecting"). */
  map(e: SessionStateEvent): SessionEventPayload[] {
    const base = { robot: e.robot };
    const why = e.error ? { error: redact(e.error.message), ...(e.error instanceof KortexError ? { code: e.error.code } : {}) } : {};
    switch (e.state) {
      case 'connecting':
        return [{ event: 'connecting', ...base, sessionId: 0, ...(e.attempt !== undefined ? { attempt: e.attempt } : {}) }];
      case 'open':
        this.openSessionId = e.sessionId;
        return [{ event: 'open', ...base, sessionId: e.sessionId }];
      case 'reconnecting': {
        const events: SessionEventPayload[] = [];
        if (e.previous === 'open') events.push({ event: 'lost', ...base, sessionId: this.openSessionId, ...why });
        else if (e.authFailed) events.push({ event: 'auth-failed', ...base, sessionId: 0, ...why });
        this.openSessionId = 0;
        events.push({ event: 'reconnecting', ...base, sessionId: 0, delayMs: e.delayMs ?? 0, attempt: e.attempt ?? 1, ...why });
        return events;
      }
      case 'released':
      case 'closed': {
        // The session that was given up (0 when none was open).
        const sessionId = this.openSessionId;
        this.openSessionId = 0;
        return [{ event: e.state, ...base, sessionId }];
      }
      case 'closing':
        // The session id is still known while closing; 'closed' follows.
        return [];
      default:
        // idle, authenticating: steps of connecting, not events of their own.
        return [];
    }
  }

  /**
   * Where things stand, for a node that starts while the client is already running (a redeploy,
   * or a second node on a shared session): what it would have heard had it been listening.
   * `last` is the client's last state event, when known.
   */
  current(state: SessionState, robot: string, sessionId: number, last: SessionStateEvent | undefined): SessionEventPayload[] {
    switch (state) {
      case 'open':
        this.openSessionId = sessionId;
        return [{ event: 'open', robot, sessionId }];
      case 'idle':
      case 'connecting':
      case 'authenticating':
        return [{ event: 'connecting', robot, sessionId: 0, ...(last?.attempt !== undefined ? { attempt: last.attempt } : {}) }];
      case 'reconnecting':
        // Replaying the last event gives "auth-failed" when the login was refused; a "lost" from
        // before this node existed is not news, so it is left out.
        if (last?.state === 'reconnecting') return this.map(last).filter((e) => e.event !== 'lost');
        return [{ event: 'reconnecting', robot, sessionId: 0 }];
      case 'released':
        return [{ event: 'released', robot, sessionId: 0 }];
      default:
        return [];
    }
  }
}
