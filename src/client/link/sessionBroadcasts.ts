/**
 * The session client's `sessions` and `session-killed` events (docs/session-status.md): their
 * shapes, exported for every consumer (the kortex-session-events node, the editor sidebar, the
 * `kortex watch` CLI), and the decoding of a Kortex 3 transport's `sessionBroadcast` events.
 */
import { SESSION_STATUS_TOPIC, decodeSessionKilledBroadcast, decodeSessionStatusBroadcast } from '../../protocol/session/sessionStatus';
import { SessionStatusDecodeError, SessionStatusJson, SessionStatusListJson } from '../../protocol/session/sessionStatusMessages';
import type { Transport } from '../../transport/types';

export type { SessionStatusJson, SessionStatusListJson };

/**
 * Who holds a session on the robot: the canonical JSON of `PayloadSessionStatusRaw`
 * (`{"sessions": [{"sessionIdentifier": 3, "userIdentifier": 1, "roles": [{"identifier": "Admin",
 * "permissions": ["USER_PERMISSION_OPERATE", …]}]}]}`) plus where it came from. Roles include
 * temporary ones; Kortex 2 robots report none, so `roles` is empty there.
 */
export interface SessionsEvent extends SessionStatusListJson {
  /** "host:port" of the robot. */
  robot: string;
  /** 'push': the robot's `sessions/status` broadcast; 'poll': derived from a GetConnections reply. */
  source: 'push' | 'poll';
}

/** The robot ended sessions (expiry, reboot, session limit), from `sessions/killed`. */
export interface SessionKilledEvent {
  robot: string;
  sessions: SessionStatusJson[];
  /**
   * Our own session is among them and a KeepAlive confirmed it is gone; the client is then already
   * logging in again. False for other sessions, and for a kill of ours that the robot contradicts.
   */
  own: boolean;
}

export interface SessionBroadcastHandlers {
  sessions(list: SessionStatusListJson): void;
  killed(sessions: SessionStatusJson[]): void;
  /** An undecodable broadcast: reported, never thrown. */
  problem(err: Error): void;
}

/** Decodes a transport's `sessionBroadcast` events (Kortex 3 only; other transports never emit them). */
export function listenToSessionBroadcasts(transport: Transport, handlers: SessionBroadcastHandlers): void {
  transport.on('sessionBroadcast', (topic, payload) => {
    try {
      if (topic === SESSION_STATUS_TOPIC) handlers.sessions({ sessions: decodeSessionStatusBroadcast(payload).sessions });
      else handlers.killed(decodeSessionKilledBroadcast(payload).sessions);
    } catch (err) {
      if (!(err instanceof SessionStatusDecodeError)) throw err;
      handlers.problem(new Error(`undecodable ${topic} broadcast from ${transport.endpoint}: ${err.message}`));
    }
  });
}
