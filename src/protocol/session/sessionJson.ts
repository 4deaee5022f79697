/**
 * The Session service's messages in proto3 canonical JSON form (lowerCamelCase, enum names,
 * defaults present): what users see in msg.payload and what they may send (docs/protocol.md).
 */

/** Every Kortex user permission a role can grant (Common.UserPermission, UNSPECIFIED aside). */
export const USER_PERMISSIONS = [
  'USER_PERMISSION_OPERATE',
  'USER_PERMISSION_CONFIGURE',
  'USER_PERMISSION_SAFETIES',
  'USER_PERMISSION_SYSTEM',
  'USER_PERMISSION_READ_ONLY',
] as const;
export type UserPermissionName = 'USER_PERMISSION_UNSPECIFIED' | (typeof USER_PERMISSIONS)[number];
export type ConnectionTypeName =
  'CONNECTION_TYPE_UNSPECIFIED' | 'CONNECTION_TYPE_MQTT_TCP' | 'CONNECTION_TYPE_MQTT_WEBSOCKET' | 'CONNECTION_TYPE_UDP';

export interface UserRoleJson {
  identifier: string;
  permissions: UserPermissionName[];
}
export interface UserProfileHandleJson {
  identifier: number;
  permission: number;
}
export interface ConnectionJson {
  userHandle?: UserProfileHandleJson;
  connectionInformation: string;
  connectionIdentifier: number;
  isLocal: boolean;
  sessionIdentifier: number;
  connectionInactivityTimeout: number;
  roles: UserRoleJson[];
  connectionType: ConnectionTypeName;
  isWebapp: boolean;
  username: string;
}
export interface ConnectionListJson {
  connection: ConnectionJson[];
  userConnections: ConnectionJson[];
  pluginConnections: ConnectionJson[];
  internalConnections: ConnectionJson[];
  unauthenticatedConnections: ConnectionJson[];
  monitorConnections: ConnectionJson[];
}
export interface AccessControlOptionsJson {
  singleSourceControl: boolean;
  bypassRemoteAccess: boolean;
}
export interface CreateSessionInfoInput {
  username: string;
  password: string;
  sessionInactivityTimeout?: number;
  connectionInactivityTimeout?: number;
}
export interface TemporaryRoleRequestInput {
  roleIdentifier: string;
  password: string;
}
export type EmptyJson = Record<string, never>;
