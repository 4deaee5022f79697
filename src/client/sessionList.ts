/**
 * The `PayloadSessionStatusRaw` shape derived from a GetConnections reply, for robots that do not
 * broadcast their sessions (Kortex 2, or a Kortex 3 robot whose broadcasts do not reach us), and
 * the one canonical form in which session lists are compared and reported.
 */
import type { ConnectionJson, ConnectionListJson } from '../protocol/sessionJson';
import type { SessionStatusJson, SessionStatusListJson } from '../protocol/sessionStatusMessages';

const SESSION_LISTS = ['userConnections', 'pluginConnections', 'internalConnections', 'monitorConnections', 'connection'] as const;

/**
 * One entry per session. Kortex 3 connections name their session (`sessionIdentifier`) and roles;
 * Kortex 2 ones have neither: a K2 entry with a user handle is a logged-in connection, and its
 * `connectionIdentifier` stands for the session id (roles stay empty). Unauthenticated
 * connections hold no session. The deprecated `connection` list repeats K3 user connections,
 * so a session id seen once is not listed again.
 */
export function sessionsFromConnectionList(list: Partial<ConnectionListJson>): SessionStatusListJson {
  const byId = new Map<number, SessionStatusJson>();
  for (const name of SESSION_LISTS) {
    for (const c of list[name] ?? []) {
      const entry = sessionOf(c);
      if (entry && !byId.has(entry.sessionIdentifier)) byId.set(entry.sessionIdentifier, entry);
    }
  }
  return canonicalSessionList({ sessions: [...byId.values()] });
}

function sessionOf(c: ConnectionJson): SessionStatusJson | undefined {
  const userIdentifier = c.userHandle?.identifier ?? 0;
  if (c.sessionIdentifier) {
    return { sessionIdentifier: c.sessionIdentifier, userIdentifier, roles: (c.roles ?? []).map((r) => ({ identifier: r.identifier, permissions: [...r.permissions] })) };
  }
  if (c.userHandle && c.connectionIdentifier) return { sessionIdentifier: c.connectionIdentifier, userIdentifier, roles: [] };
  return undefined;
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
