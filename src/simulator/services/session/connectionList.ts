/** The simulated robot's lists of its peers: the GetConnections reply (K2 or K3 form) and the broadcast session status. */
import { connectionTypeName } from '../../../protocol/enumNames';
import type { ConnectionJson, ConnectionListJson, UserRoleJson } from '../../../protocol/session/sessionJson';
import type { SessionStatusJson } from '../../../protocol/session/sessionStatusMessages';
import type { Generation } from '../../robot/modelTypes';
import type { ConnectionKind } from '../../robot/simConnection';
import { SimSession, SimConnection, effectiveRoles } from '../../robot/simConnection';
import type { RoleDefinition } from '../../robot/users';

/** `Common.Permission` bits READ|UPDATE|DELETE; the simulator does not model per-profile rights. */
const FULL_PROFILE_PERMISSION = 7;

/**
 * K2 lists sessions in `connection` only; K3 sorts connections into its five lists and, with
 * `legacy` 'user', repeats the user connections in the deprecated `connection` field.
 */
export function buildConnectionList(
  generation: Generation,
  connections: Iterable<SimConnection>,
  legacy: 'user' | 'empty',
): ConnectionListJson {
  const list: ConnectionListJson = {
    connection: [],
    userConnections: [],
    pluginConnections: [],
    internalConnections: [],
    unauthenticatedConnections: [],
    monitorConnections: [],
  };
  const ordered = [...connections].sort((a, b) => a.id - b.id);
  if (generation === 'k2') {
    for (const conn of ordered) if (conn.session) list.connection.push(k2Entry(conn, conn.session));
    return list;
  }
  const byKind: Record<ConnectionKind, ConnectionJson[]> = {
    user: list.userConnections,
    plugin: list.pluginConnections,
    internal: list.internalConnections,
    monitor: list.monitorConnections,
  };
  for (const conn of ordered) {
    if (conn.session) byKind[conn.kind].push(k3Entry(conn, conn.session));
    else list.unauthenticatedConnections.push(k3Entry(conn, undefined));
  }
  if (legacy === 'user') list.connection = list.userConnections.map((c) => ({ ...c }));
  return list;
}

/** K2 `Connection`: fields 1..3 only; the K3 fields stay at their defaults, so they are not sent. */
function k2Entry(conn: SimConnection, session: SimSession): ConnectionJson {
  return {
    ...blankConnection(conn.information),
    userHandle: { identifier: session.user.id, permission: FULL_PROFILE_PERMISSION },
    connectionIdentifier: session.id,
  };
}

/** K3 `Connection`: field 3 is reserved in K3, so connectionIdentifier stays 0 (not sent). */
function k3Entry(conn: SimConnection, session: SimSession | undefined): ConnectionJson {
  const entry: ConnectionJson = {
    ...blankConnection(conn.information),
    isLocal: conn.isLocal,
    connectionType: connectionTypeName(conn.connectionType),
  };
  if (session) {
    entry.userHandle = { identifier: session.user.id, permission: FULL_PROFILE_PERMISSION };
    entry.sessionIdentifier = session.id;
    entry.connectionInactivityTimeout = session.connectionInactivityTimeout;
    entry.roles = effectiveRoles(session).map(roleJson);
    entry.username = session.user.username;
  }
  return entry;
}

/** One open session as the robot broadcasts it (SessionStatusHandle): roles include temporary ones. */
export function sessionStatus(session: SimSession): SessionStatusJson {
  return { sessionIdentifier: session.id, userIdentifier: session.user.id, roles: effectiveRoles(session).map(roleJson) };
}

function roleJson(role: RoleDefinition): UserRoleJson {
  return { identifier: role.identifier, permissions: [...role.permissions] };
}

function blankConnection(information: string): ConnectionJson {
  return {
    connectionInformation: information,
    connectionIdentifier: 0,
    isLocal: false,
    sessionIdentifier: 0,
    connectionInactivityTimeout: 0,
    roles: [],
    connectionType: 'CONNECTION_TYPE_UNSPECIFIED',
    isWebapp: false,
    username: '',
  };
}
