/**
 * ConnectionList replies (GetConnections) to canonical JSON. They are decoded on every poll, where
 * the generic protobufjs path was the client's largest cost, so there is a faster path with the
 * same result; the generic one stays as the definition the tests hold it to.
 */
import { checkConnectionListLimits } from './connectionListLimits';
import { readConnectionList } from './connectionListWire';
import { connectionTypeName, permissionName } from '../enumNames';
import { CommonMessages, SessionMessages, decodeMessage } from '../messageCodec';
import type { ConnectionJson, ConnectionListJson, UserPermissionName, UserRoleJson } from './sessionJson';

type IUserRole = CommonMessages.IUserRole;
type IConnection = CommonMessages.IConnection;

function roleJson(r: IUserRole): UserRoleJson {
  const ids = r.permissions ?? [];
  // Stryker disable next-line ArrayDeclaration: equivalent, every slot is filled below: only the preallocation differs
  const permissions = new Array<UserPermissionName>(ids.length);
  for (let i = 0; i < ids.length; i++) permissions[i] = permissionName(ids[i]);
  // Stryker disable next-line StringLiteral: equivalent, a decoded message has the default '' on its prototype
  return { permissions, identifier: r.identifier ?? '' };
}

function connectionJson(c: IConnection): ConnectionJson {
  const rs = c.roles ?? [];
  // Stryker disable next-line ArrayDeclaration: equivalent, every slot is filled below: only the preallocation differs
  const roles = new Array<UserRoleJson>(rs.length);
  for (let i = 0; i < rs.length; i++) roles[i] = roleJson(rs[i]);
  const connectionType = connectionTypeName(c.connectionType ?? 0);
  // Stryker disable StringLiteral,BooleanLiteral: equivalent, a decoded message has every default below on its prototype
  const h = c.userHandle;
  // Two literal shapes, keys in toObject's order; an unset user handle is absent, not null.
  if (h != null) {
    return {
      roles,
      userHandle: { identifier: h.identifier ?? 0, permission: h.permission ?? 0 },
      connectionInformation: c.connectionInformation ?? '',
      connectionIdentifier: c.connectionIdentifier ?? 0,
      isLocal: c.isLocal ?? false,
      sessionIdentifier: c.sessionIdentifier ?? 0,
      connectionInactivityTimeout: c.connectionInactivityTimeout ?? 0,
      connectionType,
      isWebapp: c.isWebapp ?? false,
      username: c.username ?? '',
    };
  }
  return {
    roles,
    connectionInformation: c.connectionInformation ?? '',
    connectionIdentifier: c.connectionIdentifier ?? 0,
    isLocal: c.isLocal ?? false,
    sessionIdentifier: c.sessionIdentifier ?? 0,
    connectionInactivityTimeout: c.connectionInactivityTimeout ?? 0,
    connectionType,
    isWebapp: c.isWebapp ?? false,
    username: c.username ?? '',
  };
}
// Stryker restore StringLiteral,BooleanLiteral

function connectionsJson(list: IConnection[] | null | undefined): ConnectionJson[] {
  const n = list ? list.length : 0;
  // Stryker disable next-line ArrayDeclaration: equivalent, every slot is filled below: only the preallocation differs
  const out = new Array<ConnectionJson>(n);
  for (let i = 0; i < n; i++) out[i] = connectionJson((list as IConnection[])[i]);
  return out;
}

/**
 * The generic protobufjs path for a ConnectionList (toObject + dropNulls): the definition of the
 * canonical JSON that decodeConnectionList must reproduce, and what the tests compare it with.
 */
export function decodeConnectionListGeneric(bytes: Uint8Array): ConnectionListJson {
  checkConnectionListLimits(bytes);
  return decodeMessage(SessionMessages.ConnectionList, bytes);
}

/**
 * A ConnectionList reply in canonical JSON: exactly what decodeConnectionListGeneric gives, same
 * keys in the same order, built in one pass without null placeholders to delete. Well-formed
 * replies are read straight from the wire (connectionListWire.ts); the rest goes through
 * protobufjs' message objects, so results and errors stay those of protobufjs. Either way a list
 * over its limit (src/protocol/limits.ts) throws ListLimitError before its entries are built.
 */
export function decodeConnectionList(bytes: Uint8Array): ConnectionListJson {
  const direct = readConnectionList(bytes);
  if (direct) return direct;
  checkConnectionListLimits(bytes);
  const l = SessionMessages.ConnectionList.decode(bytes);
  return {
    connection: connectionsJson(l.connection),
    userConnections: connectionsJson(l.userConnections),
    pluginConnections: connectionsJson(l.pluginConnections),
    internalConnections: connectionsJson(l.internalConnections),
    unauthenticatedConnections: connectionsJson(l.unauthenticatedConnections),
    monitorConnections: connectionsJson(l.monitorConnections),
  };
}
