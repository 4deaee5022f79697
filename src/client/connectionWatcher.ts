/**
 * Connection-change detection for GetConnections polling (the kortex-session-events node): compares
 * two ConnectionList replies and names every connection that appeared in or left one of its lists.
 * Pure: no timers, no I/O, so the rules can be tested on plain objects.
 */
import type { ConnectionJson, ConnectionListJson } from '../protocol/sessionJson';

export type { ConnectionJson, ConnectionListJson };

/** The ConnectionList fields that hold connections, in the order changes are reported. */
const CONNECTION_LISTS = [
  'connection',
  'userConnections',
  'pluginConnections',
  'internalConnections',
  'unauthenticatedConnections',
  'monitorConnections',
] as const;

export type ConnectionListName = (typeof CONNECTION_LISTS)[number];

export interface ConnectionChange {
  event: 'appeared' | 'left';
  list: ConnectionListName;
  connection: ConnectionJson;
}

/**
 * What makes one connection entry "the same connection" from one poll to the next. Mutable details
 * (roles, inactivity timeout) are left out on purpose: a temporary role being added is not a
 * connection appearing or leaving.
 */
export function connectionKey(c: ConnectionJson): string {
  return JSON.stringify([
    c.connectionInformation ?? '',
    c.connectionIdentifier ?? 0,
    c.sessionIdentifier ?? 0,
    c.username ?? '',
    c.userHandle?.identifier ?? 0,
    c.connectionType ?? '',
  ]);
}

/** Keys of one list, with duplicates counted (two identical entries are two connections). */
function countKeys(entries: readonly ConnectionJson[] | undefined): Map<string, ConnectionJson[]> {
  const byKey = new Map<string, ConnectionJson[]>();
  for (const entry of entries ?? []) {
    const key = connectionKey(entry);
    const bucket = byKey.get(key);
    if (bucket) bucket.push(entry);
    else byKey.set(key, [entry]);
  }
  return byKey;
}

/**
 * The deprecated `connection` field: Kortex 2 robots fill only this one; Kortex 3 robots may repeat
 * their user connections there for older clients. Entries that are also in `userConnections` are
 * dropped so that one login is reported once, not twice.
 */
function legacyEntries(list: Partial<ConnectionListJson>): ConnectionJson[] {
  const userKeys = new Set((list.userConnections ?? []).map(connectionKey));
  return (list.connection ?? []).filter((c) => !userKeys.has(connectionKey(c)));
}

function entriesOf(list: Partial<ConnectionListJson>, name: ConnectionListName): ConnectionJson[] {
  return name === 'connection' ? legacyEntries(list) : list[name] ?? [];
}

/**
 * Every connection that left (first) or appeared (then), list by list, between two replies.
 * `previous` undefined means "first poll": the baseline, which reports nothing.
 */
export function diffConnectionLists(previous: Partial<ConnectionListJson> | undefined, next: Partial<ConnectionListJson>): ConnectionChange[] {
  if (!previous) return [];
  const left: ConnectionChange[] = [];
  const appeared: ConnectionChange[] = [];
  for (const name of CONNECTION_LISTS) {
    const before = countKeys(entriesOf(previous, name));
    const after = countKeys(entriesOf(next, name));
    for (const [key, entries] of before) {
      const still = after.get(key)?.length ?? 0;
      for (const entry of entries.slice(still)) left.push({ event: 'left', list: name, connection: entry });
    }
    for (const [key, entries] of after) {
      const had = before.get(key)?.length ?? 0;
      for (const entry of entries.slice(had)) appeared.push({ event: 'appeared', list: name, connection: entry });
    }
  }
  return [...left, ...appeared];
}
