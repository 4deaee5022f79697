/**
 * The one flattening of a GetConnections reply (ConnectionList): every connection once, with the
 * session it holds and who holds it. Every surface that shows who is connected builds on it: the
 * session list of the events node and `kortex watch` (sessionList.ts), the `connection` events
 * (connectionDiff.ts) and the editor's sidebar (nodes/admin/robotCards.ts), so they name the same
 * sessions. Pure.
 */
import type { ConnectionJson, ConnectionListJson } from '../../protocol/session/sessionJson';

export type { ConnectionJson, ConnectionListJson };

/** The ConnectionList fields that hold connections, in the order connection changes are reported. */
export const CONNECTION_LISTS = [
  'connection',
  'userConnections',
  'pluginConnections',
  'internalConnections',
  'unauthenticatedConnections',
  'monitorConnections',
] as const;

export type ConnectionListName = (typeof CONNECTION_LISTS)[number];

/** The order rows are listed in: people first, then the robot's own clients, then the rest. */
const ROW_ORDER: readonly ConnectionListName[] = [
  'userConnections',
  'connection',
  'pluginConnections',
  'monitorConnections',
  'internalConnections',
  'unauthenticatedConnections',
];

/** One connection of a ConnectionList. */
export interface ListedConnection {
  /** The field it came from. */
  list: ConnectionListName;
  /** The session it holds (sessionIdOf); 0 for none. */
  sessionId: number;
  /** From the user handle; undefined when the entry has none. */
  userId: number | undefined;
  /** The user name; empty where the robot does not send it (Kortex 2). */
  user: string;
  /** "10.0.0.9:51234", as the robot describes the connection. */
  address: string;
  /** The entry as the robot sent it (canonical JSON). */
  connection: ConnectionJson;
}

/**
 * The session a connection holds; 0 for none. Kortex 3 entries name it (`sessionIdentifier`).
 * Kortex 2 entries have no such field: their `connectionIdentifier` is the session id
 * (docs/protocol.md, "Session service"; field 3, reserved on Kortex 3), held only by a logged-in
 * connection, that is one with a user handle.
 */
export function sessionIdOf(c: ConnectionJson): number {
  if (c.sessionIdentifier) return c.sessionIdentifier;
  return c.userHandle && c.connectionIdentifier ? c.connectionIdentifier : 0;
}

/**
 * What makes one connection entry "the same connection" from one reply to the next. Mutable details
 * (roles, inactivity timeout) are left out on purpose: a temporary role being added is not a
 * connection appearing or leaving.
 */
export function connectionKey(c: ConnectionJson): string {
  return JSON.stringify([
    // Stryker disable next-line StringLiteral: equivalent, decoded entries always carry the field (canonical JSON fills defaults)
    c.connectionInformation ?? '',
    c.connectionIdentifier ?? 0,
    c.sessionIdentifier ?? 0,
    // Stryker disable next-line StringLiteral: equivalent, decoded entries always carry the field (canonical JSON fills defaults)
    c.username ?? '',
    c.userHandle?.identifier ?? 0,
    // Stryker disable next-line StringLiteral: equivalent, decoded entries always carry the field (canonical JSON fills defaults)
    c.connectionType ?? '',
  ]);
}

/**
 * The entries of one field. The deprecated `connection` field: Kortex 2 robots fill only this one;
 * Kortex 3 robots may repeat their user connections there for older clients, so its entries that
 * are also in `userConnections` are left out: one login is one connection, not two.
 */
function entriesOf(list: Partial<ConnectionListJson>, name: ConnectionListName): ConnectionJson[] {
  if (name !== 'connection') return list[name] ?? [];
  const userKeys = new Set((list.userConnections ?? []).map(connectionKey));
  return (list.connection ?? []).filter((c) => !userKeys.has(connectionKey(c)));
}

/** Every connection of the list once, users first (ROW_ORDER). */
export function connectionRows(list: Partial<ConnectionListJson>): ListedConnection[] {
  const rows: ListedConnection[] = [];
  for (const name of ROW_ORDER) {
    for (const c of entriesOf(list, name)) {
      rows.push({
        list: name,
        sessionId: sessionIdOf(c),
        userId: c.userHandle?.identifier,
        // Stryker disable next-line StringLiteral: equivalent, decoded entries always carry the field (canonical JSON fills defaults)
        user: c.username ?? '',
        // Stryker disable next-line StringLiteral: equivalent, decoded entries always carry the field (canonical JSON fills defaults)
        address: c.connectionInformation ?? '',
        connection: c,
      });
    }
  }
  return rows;
}
