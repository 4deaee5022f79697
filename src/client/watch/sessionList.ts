/**
 * The `PayloadSessionStatusRaw` shape derived from a GetConnections reply, for robots that do not
 * broadcast their sessions (Kortex 2, or a Kortex 3 robot whose broadcasts do not reach us), and
 * the one canonical form in which session lists are compared and reported.
 */
import { connectionRows } from './connectionRows';
import type { ConnectionListJson } from './connectionRows';
import type { SessionStatusJson, SessionStatusListJson } from '../../protocol/session/sessionStatusMessages';

/**
 * One entry per session (connectionRows: every connection once, with the session it holds).
 * Kortex 3 connections carry roles; Kortex 2 ones none (roles stay empty). Unauthenticated
 * connections hold no session; a session listed twice is listed once.
 */
export function sessionsFromConnectionList(list: Partial<ConnectionListJson>): SessionStatusListJson {
  const byId = new Map<number, SessionStatusJson>();
  for (const row of connectionRows(list)) {
    if (row.sessionId === 0 || row.list === 'unauthenticatedConnections' || byId.has(row.sessionId)) continue;
    // Stryker disable next-line ArrayDeclaration: equivalent, decoded entries always carry roles (canonical JSON fills defaults)
    const roles = (row.connection.roles ?? []).map((r) => ({ identifier: r.identifier, permissions: [...r.permissions] }));
    byId.set(row.sessionId, { sessionIdentifier: row.sessionId, userIdentifier: row.userId ?? 0, roles });
  }
  return canonicalSessionList({ sessions: [...byId.values()] });
}

/** Sorted by session id, keys in field order: equal lists give equal JSON. */
export function canonicalSessionList(list: SessionStatusListJson): SessionStatusListJson {
  return {
    sessions: list.sessions
      .map((s) => ({
        sessionIdentifier: s.sessionIdentifier,
        userIdentifier: s.userIdentifier,
        roles: s.roles.map((r) => ({ identifier: r.identifier, permissions: [...r.permissions] })),
      }))
      .sort((a, b) => a.sessionIdentifier - b.sessionIdentifier),
  };
}
