/**
 * What the editor's "Kortex" sidebar shows for one kortex-session config node: a plain JSON card
 * built from the config, the pooled client's state and the robot's connection list. Pure: no
 * timers, no I/O. Nothing here ever holds or copies a password; error texts go through redact().
 */
import { ConnectionListJson, ConnectionListName, connectionRows } from '../../src/client/watch/connectionRows';
import { KortexError } from '../../src/client/core/errors';
import { redact } from '../../src/client/core/redact';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionState, SessionStateEvent } from '../../src/client/session/states';
import type { RobotWork } from '../lib/robotWorkView';
import { WorkOnCard, workOnCard } from './workCard';

/** The config node as the sidebar sees it (no credentials). */
export interface CardSource {
  id: string;
  name: string;
  /** host[:port][/namespace] as configured. */
  address: string;
  transport: string;
  username: string;
  /** Why the configuration is unusable, when it is. */
  problem?: string;
  /** How many deployed nodes use this config node now. */
  users(): number;
  /** The pooled client this config node handed out last; undefined until a node uses it. */
  client(): KortexSessionClient | undefined;
}

/** One session or connection on the robot, as the sidebar lists it. */
export interface ConnectionRow {
  sessionId: number;
  /** User name; empty when only the user id is known (a pushed session not yet listed by GetConnections). */
  user: string;
  userId?: number;
  /** The connection's address ("10.0.0.9:51234"), when known. */
  address: string;
  roles: string[];
  /** Which ConnectionList field it came from: user, plugin, internal, monitor, unauthenticated. */
  kind: string;
  /** The session this Node-RED holds with this config node. */
  self: boolean;
}

/** Where the connection rows came from: the robot's `sessions` broadcast, or a GetConnections poll. */
export type ConnectionSource = 'push' | 'poll';

export interface ConnectionsView {
  source: ConnectionSource;
  /** How old the information is (ms). */
  ageMs: number;
  rows: ConnectionRow[];
  /** The last GetConnections failure (redacted), when the list could not be refreshed. */
  error?: string;
}

export type CardState = SessionState | 'unused' | 'invalid';

export interface RobotCard {
  id: string;
  name: string;
  address: string;
  transport: string;
  /** The transport the client speaks once 'auto' has chosen. */
  transportInUse?: 'tcp' | 'mqtt';
  /** Inferred: MQTT is Kortex 3; over TCP, a robot that fills userConnections is Kortex 3, one that fills only the legacy list Kortex 2. */
  generation?: 'k2' | 'k3';
  username: string;
  state: CardState;
  /** The session was lost (or never opened) and the client is retrying. */
  down: boolean;
  sessionId: number;
  /** How long the session has been open (ms). */
  openForMs?: number;
  /** Time to the next attempt while down (ms). */
  retryInMs?: number;
  attempt?: number;
  lastError?: string;
  /** The robot refused the user name or password. */
  loginRefused?: boolean;
  /** Nodes using this config node. */
  users: number;
  connections?: ConnectionsView;
  /** While the session is open: the arm state, fault and job the robot-work nodes on this robot heard (workCard.ts). */
  work?: WorkOnCard;
}

/** One pushed session (PayloadSessionStatusRaw.sessions[i] in canonical JSON). */
export interface PushedSession {
  sessionIdentifier: number;
  userIdentifier: number;
  roles: string[];
}

/** What the sidebar remembers about one card between updates. */
export interface CardMemory {
  /** A reconnecting event was seen since the session was last open. */
  down: boolean;
  lastError?: string;
  loginRefused?: boolean;
  list?: Partial<ConnectionListJson>;
  listAt?: number;
  listError?: string;
  pushed?: PushedSession[];
  pushedAt?: number;
}

/** The sidebar's word for each ConnectionList field. */
const LIST_KINDS: Record<ConnectionListName, string> = {
  userConnections: 'user',
  connection: 'user',
  pluginConnections: 'plugin',
  monitorConnections: 'monitor',
  internalConnections: 'internal',
  unauthenticatedConnections: 'unauthenticated',
};

/**
 * Every connection of a ConnectionList once (src/client/watch/connectionRows.ts, the flattening every
 * surface shares). Ours is the row of our session; where the robot names the user (Kortex 3), the
 * name must be ours too.
 */
function rowsFromList(list: Partial<ConnectionListJson>, ownSessionId: number, ownUser: string): ConnectionRow[] {
  return connectionRows(list).map(({ list: field, sessionId, userId, user, address, connection }) => ({
    sessionId,
    user,
    ...(userId !== undefined ? { userId } : {}),
    address,
    roles: (connection.roles ?? []).map((r) => r.identifier).filter((r): r is string => typeof r === 'string' && r !== ''),
    kind: LIST_KINDS[field],
    self: ownSessionId !== 0 && sessionId === ownSessionId && (user === '' || user === ownUser),
  }));
}

/**
 * Rows from a pushed session list; names and addresses come from the last GetConnections reply
 * where it lists the same session (the broadcast carries user ids only).
 */
function rowsFromPush(
  sessions: readonly PushedSession[],
  list: Partial<ConnectionListJson> | undefined,
  ownSessionId: number,
): ConnectionRow[] {
  const known = new Map<number, ConnectionRow>();
  if (list) for (const row of rowsFromList(list, 0, '')) if (!known.has(row.sessionId)) known.set(row.sessionId, row);
  return sessions.map((s) => {
    const k = known.get(s.sessionIdentifier);
    return {
      sessionId: s.sessionIdentifier,
      user: k?.user ?? '',
      userId: s.userIdentifier,
      address: k?.address ?? '',
      roles: s.roles,
      kind: 'user',
      self: ownSessionId !== 0 && s.sessionIdentifier === ownSessionId,
    };
  });
}

/** Session ids a push names that the last GetConnections reply does not (their names are unknown). */
export function unknownPushedSessions(sessions: readonly PushedSession[], list: Partial<ConnectionListJson> | undefined): number[] {
  const known = new Set(list ? rowsFromList(list, 0, '').map((r) => r.sessionId) : []);
  return sessions.map((s) => s.sessionIdentifier).filter((id) => !known.has(id));
}

/**
 * Reads a `sessions` event of the client (PayloadSessionStatusRaw in canonical JSON, or its bare
 * `sessions` array); undefined when it is not that shape.
 */
export function parsePushedSessions(value: unknown): PushedSession[] | undefined {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { sessions?: unknown }).sessions : undefined;
  if (!Array.isArray(list)) return undefined;
  const out: PushedSession[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const s = item as { sessionIdentifier?: unknown; userIdentifier?: unknown; roles?: unknown };
    const roles = Array.isArray(s.roles)
      ? s.roles
          .map((r) => (typeof r === 'string' ? r : r && typeof r === 'object' ? (r as { identifier?: unknown }).identifier : undefined))
          .filter((r): r is string => typeof r === 'string' && r !== '')
      : [];
    out.push({ sessionIdentifier: Number(s.sessionIdentifier) || 0, userIdentifier: Number(s.userIdentifier) || 0, roles });
  }
  return out;
}

/** Kortex 3 fills userConnections (our own session is always there); Kortex 2 only the legacy list. */
function generationFromList(list: Partial<ConnectionListJson> | undefined): 'k2' | 'k3' | undefined {
  if (!list) return undefined;
  if ((list.userConnections ?? []).length > 0) return 'k3';
  if ((list.connection ?? []).length > 0) return 'k2';
  return undefined;
}

/** Updates the memory with one state event of the client. */
export function rememberState(memory: CardMemory, event: SessionStateEvent): void {
  if (event.state === 'open') {
    memory.down = false;
    memory.lastError = undefined;
    memory.loginRefused = undefined;
  } else if (event.state === 'reconnecting') {
    memory.down = true;
    memory.lastError = event.error ? redact(event.error.message) : undefined;
    // The robot's refusal only (it carries the robot's error code): a refused TLS handshake or broker
    // login (TLS_FAILED, BROKER_REFUSED) is no wrong robot password; its own text is the last error.
    memory.loginRefused = event.authFailed === true && event.error instanceof KortexError && event.error.errorCode !== undefined;
  } else if (event.state === 'closed' || event.state === 'closing' || event.state === 'released') {
    memory.down = false;
  }
}

export interface ClientView {
  client: KortexSessionClient;
  /** The client's last state event and when it arrived (ms). */
  last: SessionStateEvent | undefined;
  lastAt: number;
  /** What the robot-work nodes on this client heard. */
  work?: RobotWork;
}

/** The card as of `now`. */
export function buildCard(source: CardSource, view: ClientView | undefined, memory: CardMemory, now: number): RobotCard {
  const base = {
    id: source.id,
    name: source.name,
    address: source.address,
    transport: source.transport,
    username: source.username,
    users: safeCount(source),
    sessionId: 0,
    down: false,
  };
  if (source.problem) return { ...base, state: 'invalid', lastError: redact(source.problem) };
  if (!view) return { ...base, state: 'unused' };
  const { client, last, lastAt } = view;
  const state = client.state;
  const kind = client.transportKind;
  const card: RobotCard = {
    ...base,
    address: client.robot,
    ...(kind === 'tcp' || kind === 'mqtt' ? { transportInUse: kind } : {}),
    state,
    down: memory.down && state !== 'open',
    sessionId: state === 'open' ? client.sessionId : 0,
  };
  const generation = kind === 'mqtt' ? 'k3' : generationFromList(memory.list);
  if (generation) card.generation = generation;
  if (state === 'open' && last?.state === 'open') card.openForMs = Math.max(0, now - lastAt);
  if (card.down) {
    if (memory.lastError) card.lastError = memory.lastError;
    if (memory.loginRefused) card.loginRefused = true;
    if (state === 'reconnecting' && last?.state === 'reconnecting') {
      card.retryInMs = Math.max(0, lastAt + (last.delayMs ?? 0) - now);
      if (last.attempt !== undefined) card.attempt = last.attempt;
      if (last.error instanceof KortexError && last.authFailed) card.lastError = redact(last.error.message);
    }
  }
  const connections = connectionsView(memory, card.sessionId, source.username, now);
  if (connections) card.connections = connections;
  const work = state === 'open' && view.work ? workOnCard(view.work, now) : undefined;
  if (work) card.work = work;
  return card;
}

function connectionsView(memory: CardMemory, ownSessionId: number, ownUser: string, now: number): ConnectionsView | undefined {
  const error = memory.listError ? { error: memory.listError } : {};
  if (memory.pushed) {
    return {
      source: 'push',
      ageMs: Math.max(0, now - (memory.pushedAt ?? now)),
      rows: rowsFromPush(memory.pushed, memory.list, ownSessionId),
      ...error,
    };
  }
  if (memory.list) {
    return {
      source: 'poll',
      ageMs: Math.max(0, now - (memory.listAt ?? now)),
      rows: rowsFromList(memory.list, ownSessionId, ownUser),
      ...error,
    };
  }
  return memory.listError ? { source: 'poll', ageMs: 0, rows: [], ...error } : undefined;
}

function safeCount(source: CardSource): number {
  try {
    return source.users();
  } catch {
    return 0;
  }
}

/** host[:port][/namespace] as the config node holds it (before the client resolves anything). */
export function configAddress(def: { host?: unknown; port?: unknown; namespace?: unknown }): string {
  const host = typeof def.host === 'string' ? def.host.trim() : '';
  const port = def.port === undefined || def.port === null || String(def.port).trim() === '' ? '' : `:${String(def.port).trim()}`;
  const namespace = typeof def.namespace === 'string' && def.namespace.trim() ? `/${def.namespace.trim()}` : '';
  return `${host}${port}${namespace}`;
}
