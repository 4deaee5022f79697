/**
 * Connection-change detection for GetConnections polling (the kortex-session-events node, `kortex
 * watch`): compares two ConnectionList replies and names every connection that appeared in or left
 * one of its lists. Pure: no timers, no I/O, so the rules can be tested on plain objects.
 */
import {
  CONNECTION_LISTS,
  ConnectionJson,
  ConnectionListJson,
  ConnectionListName,
  ListedConnection,
  connectionKey,
  connectionRows,
} from './connectionRows';

export interface ConnectionChange {
  event: 'appeared' | 'left';
  list: ConnectionListName;
  connection: ConnectionJson;
  /** The session the connection holds (Kortex 2: its connection identifier), as every other surface names it; 0 for none. */
  sessionId: number;
}

type KeyedRows = Map<string, ListedConnection[]>;

/** The rows of each list by connection key, with duplicates counted (two identical entries are two connections). */
function rowsByListAndKey(list: Partial<ConnectionListJson>): Map<ConnectionListName, KeyedRows> {
  const byList = new Map<ConnectionListName, KeyedRows>();
  for (const row of connectionRows(list)) {
    let byKey = byList.get(row.list);
    if (!byKey) byList.set(row.list, (byKey = new Map()));
    const key = connectionKey(row.connection);
    const bucket = byKey.get(key);
    if (bucket) bucket.push(row);
    else byKey.set(key, [row]);
  }
  return byList;
}

/**
 * Every connection that left (first) or appeared (then), list by list, between two replies.
 * `previous` undefined means "first poll": the baseline, which reports nothing.
 */
export function diffConnectionLists(
  previous: Partial<ConnectionListJson> | undefined,
  next: Partial<ConnectionListJson>,
): ConnectionChange[] {
  if (!previous) return [];
  const left: ConnectionChange[] = [];
  const appeared: ConnectionChange[] = [];
  const change = (event: ConnectionChange['event'], row: ListedConnection): ConnectionChange => ({
    event,
    list: row.list,
    connection: row.connection,
    sessionId: row.sessionId,
  });
  const beforeByList = rowsByListAndKey(previous);
  const afterByList = rowsByListAndKey(next);
  const none: KeyedRows = new Map();
  for (const name of CONNECTION_LISTS) {
    const before = beforeByList.get(name) ?? none;
    const after = afterByList.get(name) ?? none;
    for (const [key, rows] of before) {
      const still = after.get(key)?.length ?? 0;
      for (const row of rows.slice(still)) left.push(change('left', row));
    }
    for (const [key, rows] of after) {
      const had = before.get(key)?.length ?? 0;
      for (const row of rows.slice(had)) appeared.push(change('appeared', row));
    }
  }
  return [...left, ...appeared];
}
