/**
 * The Session service (service id 1, version 1; spec §5): its RPC table and payload codecs, with
 * replies in proto3 canonical JSON form (lowerCamelCase, enum names, defaults present).
 */
import { Kinova } from './generated/kortex';

export const SESSION_SERVICE_ID = 1;
export const SESSION_SERVICE_VERSION = 1;

import Session = Kinova.Api.Session;
import Common = Kinova.Api.Common;

/* ---------- canonical JSON shapes (what users see in msg.payload) ---------- */

export type UserPermissionName =
  | 'USER_PERMISSION_UNSPECIFIED' | 'USER_PERMISSION_OPERATE' | 'USER_PERMISSION_CONFIGURE'
  | 'USER_PERMISSION_SAFETIES' | 'USER_PERMISSION_SYSTEM' | 'USER_PERMISSION_READ_ONLY';
export type ConnectionTypeName =
  | 'CONNECTION_TYPE_UNSPECIFIED' | 'CONNECTION_TYPE_MQTT_TCP' | 'CONNECTION_TYPE_MQTT_WEBSOCKET' | 'CONNECTION_TYPE_UDP';

export interface UserRoleJson { identifier: string; permissions: UserPermissionName[] }
export interface UserProfileHandleJson { identifier: number; permission: number }
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
export interface AccessControlOptionsJson { singleSourceControl: boolean; bypassRemoteAccess: boolean }
export interface CreateSessionInfoInput {
  username: string;
  password: string;
  sessionInactivityTimeout?: number;
  connectionInactivityTimeout?: number;
}
export interface TemporaryRoleRequestInput { roleIdentifier: string; password: string }
export type EmptyJson = Record<string, never>;

/* ---------- conversion helpers ---------- */

const TO_JSON: import('protobufjs').IConversionOptions = { defaults: true, enums: String, longs: Number, bytes: String, arrays: true };

/** Drops `null` placeholders protobufjs emits for unset sub-messages (canonical JSON omits them). */
function dropNulls<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) dropNulls(item);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === null) delete record[key];
      else dropNulls(record[key]);
    }
  }
  return value;
}

/** `snake_case` → `lowerCamelCase`, recursively on keys, so users may follow either of Kinova's docs. */
export function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] = camelCaseKeys(v);
  }
  return out;
}

export class PayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadError';
  }
}

interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  toObject(message: T, options?: import('protobufjs').IConversionOptions): { [k: string]: unknown };
  fromObject(object: { [k: string]: unknown }): T;
  verify(object: { [k: string]: unknown }): string | null;
}

function encodeMessage<T>(type: MessageType<T>, typeName: string, input: unknown): Uint8Array {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new PayloadError(`${typeName} must be an object, got ${describe(input)}`);
  }
  const normalized = camelCaseKeys(input) as { [k: string]: unknown };
  let message: T;
  try {
    // fromObject accepts enum names and numbers; verify then checks the converted shape.
    message = type.fromObject(normalized);
  } catch (err) {
    throw new PayloadError(`${typeName}: ${(err as Error).message}`);
  }
  const problem = type.verify(message as unknown as { [k: string]: unknown });
  if (problem) throw new PayloadError(`${typeName}: ${problem}`);
  return type.encode(message).finish();
}

function decodeMessage<T, J>(type: MessageType<T>, bytes: Uint8Array): J {
  return dropNulls(type.toObject(type.decode(bytes), TO_JSON)) as unknown as J;
}

/* ---------- ConnectionList: decoded on every GetConnections poll ---------- */

/**
 * Enum number → name, as dense arrays: the enum objects map both ways and sit in dictionary mode,
 * where a lookup by number cost more than the rest of a role's decoding. Numbers the enum does
 * not define give undefined, as the enum objects do.
 */
function enumNames(e: object): ReadonlyArray<string | undefined> {
  const names: Array<string | undefined> = [];
  for (const [key, value] of Object.entries(e)) if (typeof value === 'number' && value >= 0 && value < 1024) names[value] = key;
  // Holes would make every lookup check the prototype chain: fill them.
  return Array.from(names, (n) => n);
}
const PERMISSION_NAMES = enumNames(Common.UserPermission);
const CONNECTION_TYPE_NAMES = enumNames(Common.ConnectionType);

function roleJson(r: Common.IUserRole): UserRoleJson {
  const ids = r.permissions ?? [];
  const permissions = new Array<UserPermissionName>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const name = PERMISSION_NAMES[ids[i]];
    // An enum number this build does not know stays a number, as toObject leaves it.
    permissions[i] = (name === undefined ? ids[i] : name) as UserPermissionName;
  }
  return { permissions, identifier: r.identifier ?? '' };
}

function connectionJson(c: Common.IConnection): ConnectionJson {
  const rs = c.roles ?? [];
  const roles = new Array<UserRoleJson>(rs.length);
  for (let i = 0; i < rs.length; i++) roles[i] = roleJson(rs[i]);
  const type = c.connectionType ?? 0;
  const typeName = CONNECTION_TYPE_NAMES[type];
  const connectionType = (typeName === undefined ? type : typeName) as ConnectionTypeName;
  const h = c.userHandle;
  // Two literal shapes, keys in toObject's order; an unset user handle is absent, not null.
  if (h != null) {
    return {
      roles, userHandle: { identifier: h.identifier ?? 0, permission: h.permission ?? 0 },
      connectionInformation: c.connectionInformation ?? '', connectionIdentifier: c.connectionIdentifier ?? 0, isLocal: c.isLocal ?? false,
      sessionIdentifier: c.sessionIdentifier ?? 0, connectionInactivityTimeout: c.connectionInactivityTimeout ?? 0, connectionType,
      isWebapp: c.isWebapp ?? false, username: c.username ?? '',
    };
  }
  return {
    roles,
    connectionInformation: c.connectionInformation ?? '', connectionIdentifier: c.connectionIdentifier ?? 0, isLocal: c.isLocal ?? false,
    sessionIdentifier: c.sessionIdentifier ?? 0, connectionInactivityTimeout: c.connectionInactivityTimeout ?? 0, connectionType,
    isWebapp: c.isWebapp ?? false, username: c.username ?? '',
  };
}

function connectionsJson(list: Common.IConnection[] | null | undefined): ConnectionJson[] {
  const n = list ? list.length : 0;
  const out = new Array<ConnectionJson>(n);
  for (let i = 0; i < n; i++) out[i] = connectionJson((list as Common.IConnection[])[i]);
  return out;
}

/**
 * The generic protobufjs path for a ConnectionList (toObject + dropNulls): the definition of the
 * canonical JSON that decodeConnectionList below must reproduce, and what the tests compare it with.
 */
export function decodeConnectionListGeneric(bytes: Uint8Array): ConnectionListJson {
  return decodeMessage(Session.ConnectionList, bytes);
}

/**
 * A ConnectionList reply in canonical JSON: exactly what `decodeMessage` (toObject + dropNulls)
 * gives, same keys in the same order, built in one pass without null placeholders to delete.
 * It runs on every GetConnections poll, where the generic path was the client's largest cost.
 *
 * Well-formed replies are read straight from the wire (`readConnectionList`), without protobufjs'
 * intermediate message objects. Anything that reader does not handle exactly like protobufjs
 * (unknown fields, odd wire types, groups, long varints, non-ASCII text, a repeated sub-message
 * merged into an earlier one, truncation) sends the whole reply through protobufjs instead, so
 * results and errors stay those of protobufjs by construction.
 */
export function decodeConnectionList(bytes: Uint8Array): ConnectionListJson {
  const direct = readConnectionList(bytes);
  if (direct) return direct;
  const l = Session.ConnectionList.decode(bytes);
  return {
    connection: connectionsJson(l.connection),
    userConnections: connectionsJson(l.userConnections),
    pluginConnections: connectionsJson(l.pluginConnections),
    internalConnections: connectionsJson(l.internalConnections),
    unauthenticatedConnections: connectionsJson(l.unauthenticatedConnections),
    monitorConnections: connectionsJson(l.monitorConnections),
  };
}

/* ---------- ConnectionList straight from the wire (common case only) ---------- */

/** Thrown inside the direct reader when a reply needs protobufjs; never escapes this module. */
class NotDirect extends Error {}
const NOT_DIRECT = new NotDirect('not handled by the direct reader');

const EMPTY_BYTES = Buffer.alloc(0);
/** Cursor over one reply. Module-level so reading allocates nothing but the results. */
let wire: Buffer = EMPTY_BYTES;
let at = 0;

/**
 * A varint of at most 32 significant bits (5 bytes, the last < 16): protobufjs reads these to the
 * same uint32, and int32/bool derive from it the same way. Longer ones it truncates: not ours.
 */
function varint32(end: number): number {
  let value = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    if (at >= end) throw NOT_DIRECT;
    const b = wire[at++];
    value |= (b & 0x7f) << shift;
    if (b < 0x80) return value >>> 0;
  }
  if (at >= end) throw NOT_DIRECT;
  const b = wire[at++];
  if (b >= 16) throw NOT_DIRECT;
  return (value | (b << 28)) >>> 0;
}

/** Length of a length-delimited field; returns its end. */
function delimitedEnd(end: number): number {
  const len = varint32(end);
  const e = at + len;
  if (e > end) throw NOT_DIRECT;
  return e;
}

/**
 * Recently read short strings, by a hash of their bytes. A robot repeats the same few texts in
 * every reply (addresses, role and user names), and comparing bytes with a cached string is much
 * cheaper than creating the string again. Direct-mapped and bounded: a collision just replaces.
 */
const STRING_CACHE_SIZE = 256;
const STRING_CACHE_MAX_LENGTH = 64;
const stringCache: string[] = new Array<string>(STRING_CACHE_SIZE).fill('');

/** ASCII only: the same string protobufjs' strict UTF-8 reader gives. Other text goes to protobufjs. */
function asciiString(end: number): string {
  const e = delimitedEnd(end);
  const start = at;
  let hash = e - start;
  for (let i = start; i < e; i++) {
    const c = wire[i];
    if (c >= 0x80) throw NOT_DIRECT;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  at = e;
  if (e - start > STRING_CACHE_MAX_LENGTH) return wire.toString('latin1', start, e);
  const slot = (hash ^ (hash >>> 8)) & (STRING_CACHE_SIZE - 1);
  const cached = stringCache[slot];
  if (cached.length === e - start) {
    let i = 0;
    while (i < cached.length && cached.charCodeAt(i) === wire[start + i]) i++;
    if (i === cached.length) return cached;
  }
  // For ASCII, latin1 is the same text; Buffer's native slice beats building the string in JS.
  const text = wire.toString('latin1', start, e);
  stringCache[slot] = text;
  return text;
}

function enumName(names: ReadonlyArray<string | undefined>, value: number): string | number {
  const name = names[value];
  // An enum number this build does not know stays a number, as toObject leaves it.
  return name === undefined ? value : name;
}

function readRole(end: number): UserRoleJson {
  let identifier = '';
  const permissions: UserPermissionName[] = [];
  while (at < end) {
    const tag = wire[at++];
    if (tag === 0x0a) identifier = asciiString(end);
    else if (tag === 0x12) {
      const e = delimitedEnd(end); // packed
      while (at < e) permissions.push(enumName(PERMISSION_NAMES, varint32(e) | 0) as UserPermissionName);
    } else if (tag === 0x10) permissions.push(enumName(PERMISSION_NAMES, varint32(end) | 0) as UserPermissionName);
    else throw NOT_DIRECT;
  }
  return { permissions, identifier };
}

function readConnection(end: number): ConnectionJson {
  let handle: UserProfileHandleJson | undefined;
  let connectionInformation = '';
  let connectionIdentifier = 0;
  let isLocal = false;
  let sessionIdentifier = 0;
  let connectionInactivityTimeout = 0;
  const roles: UserRoleJson[] = [];
  let type = 0;
  let isWebapp = false;
  let username = '';
  while (at < end) {
    const tag = wire[at++];
    switch (tag) {
      case 0x0a: {
        // protobufjs merges a repeated user_handle into the first one: rare enough to leave to it.
        if (handle) throw NOT_DIRECT;
        const e = delimitedEnd(end);
        let identifier = 0;
        let permission = 0;
        while (at < e) {
          const t = wire[at++];
          if (t === 0x08) identifier = varint32(e);
          else if (t === 0x15) {
            if (at + 4 > e) throw NOT_DIRECT;
            permission = (wire[at] | (wire[at + 1] << 8) | (wire[at + 2] << 16) | (wire[at + 3] << 24)) >>> 0;
            at += 4;
          } else throw NOT_DIRECT;
        }
        handle = { identifier, permission };
        break;
      }
      case 0x12: connectionInformation = asciiString(end); break;
      case 0x18: connectionIdentifier = varint32(end); break;
      case 0x20: isLocal = varint32(end) !== 0; break;
      case 0x28: sessionIdentifier = varint32(end); break;
      case 0x30: connectionInactivityTimeout = varint32(end); break;
      case 0x3a: {
        const e = delimitedEnd(end);
        roles.push(readRole(e));
        break;
      }
      case 0x40: type = varint32(end) | 0; break;
      case 0x48: isWebapp = varint32(end) !== 0; break;
      case 0x52: username = asciiString(end); break;
      default: throw NOT_DIRECT;
    }
  }
  const connectionType = enumName(CONNECTION_TYPE_NAMES, type) as ConnectionTypeName;
  // The two literal shapes of connectionJson, keys in toObject's order.
  if (handle) {
    return {
      roles, userHandle: handle, connectionInformation, connectionIdentifier, isLocal,
      sessionIdentifier, connectionInactivityTimeout, connectionType, isWebapp, username,
    };
  }
  return {
    roles, connectionInformation, connectionIdentifier, isLocal,
    sessionIdentifier, connectionInactivityTimeout, connectionType, isWebapp, username,
  };
}

/** The whole reply, or undefined when protobufjs must decode it (see decodeConnectionList). */
function readConnectionList(bytes: Uint8Array): ConnectionListJson | undefined {
  const out: ConnectionListJson = {
    connection: [], userConnections: [], pluginConnections: [], internalConnections: [], unauthenticatedConnections: [], monitorConnections: [],
  };
  const lists = [out.connection, out.userConnections, out.pluginConnections, out.internalConnections, out.unauthenticatedConnections, out.monitorConnections];
  wire = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  at = 0;
  const end = bytes.length;
  try {
    while (at < end) {
      const tag = wire[at++];
      // Fields 1..6, all `repeated Connection` (wire type 2).
      if ((tag & 7) !== 2 || tag < 0x0a || tag > 0x32) throw NOT_DIRECT;
      const e = delimitedEnd(end);
      lists[(tag >> 3) - 1].push(readConnection(e));
    }
    return out;
  } catch (err) {
    if (err === NOT_DIRECT) return undefined;
    throw err;
  } finally {
    wire = EMPTY_BYTES;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Buffer.isBuffer(value)) return 'a Buffer';
  return `a ${typeof value}`;
}

/* ---------- the RPC table ---------- */

export interface RpcDescriptor<In, Out> {
  /** Vendor RPC name, e.g. "GetConnections". */
  name: string;
  functionId: number;
  /** Only Kortex 3 (Link 6) robots implement it. */
  k3Only: boolean;
  /** `undefined` for Empty inputs: the vendor sends no payload at all then. */
  encodeRequest(input: In): Uint8Array | undefined;
  decodeRequest(bytes: Uint8Array): In;
  encodeResponse(output: Out): Uint8Array | undefined;
  decodeResponse(bytes: Uint8Array): Out;
}

const emptyCodec = {
  encode: (): undefined => undefined,
  decode: (): EmptyJson => ({}),
};

function rpc<In, Out>(d: RpcDescriptor<In, Out>): RpcDescriptor<In, Out> {
  return d;
}

function emptyIn(name: string, functionId: number, k3Only: boolean) {
  return { name, functionId, k3Only, encodeRequest: emptyCodec.encode, decodeRequest: emptyCodec.decode };
}
function emptyOut() {
  return { encodeResponse: emptyCodec.encode, decodeResponse: emptyCodec.decode };
}

export const SessionRpcs = {
  createSession: rpc<CreateSessionInfoInput, EmptyJson>({
    name: 'CreateSession', functionId: 1, k3Only: false,
    encodeRequest: (input) => encodeMessage(Session.CreateSessionInfo, 'CreateSessionInfo', input),
    decodeRequest: (bytes) => decodeMessage(Session.CreateSessionInfo, bytes),
    ...emptyOut(),
  }),
  closeSession: rpc<EmptyJson, EmptyJson>({ ...emptyIn('CloseSession', 2, false), ...emptyOut() }),
  keepAlive: rpc<EmptyJson, EmptyJson>({ ...emptyIn('KeepAlive', 3, false), ...emptyOut() }),
  getConnections: rpc<EmptyJson, ConnectionListJson>({
    ...emptyIn('GetConnections', 4, false),
    encodeResponse: (output) => encodeMessage(Session.ConnectionList, 'ConnectionList', output),
    decodeResponse: decodeConnectionList,
  }),
  addTemporaryUserRole: rpc<TemporaryRoleRequestInput, EmptyJson>({
    name: 'AddTemporaryUserRole', functionId: 5, k3Only: true,
    encodeRequest: (input) => encodeMessage(Session.TemporaryRoleRequest, 'TemporaryRoleRequest', input),
    decodeRequest: (bytes) => decodeMessage(Session.TemporaryRoleRequest, bytes),
    ...emptyOut(),
  }),
  removeTemporaryUserRole: rpc<EmptyJson, EmptyJson>({ ...emptyIn('RemoveTemporaryUserRole', 6, true), ...emptyOut() }),
  setAccessControl: rpc<AccessControlOptionsJson, EmptyJson>({
    name: 'SetAccessControl', functionId: 7, k3Only: true,
    encodeRequest: (input) => encodeMessage(Session.AccessControlOptions, 'AccessControlOptions', input),
    decodeRequest: (bytes) => decodeMessage(Session.AccessControlOptions, bytes),
    ...emptyOut(),
  }),
  getAccessControl: rpc<EmptyJson, AccessControlOptionsJson>({
    ...emptyIn('GetAccessControl', 8, true),
    encodeResponse: (output) => encodeMessage(Session.AccessControlOptions, 'AccessControlOptions', output),
    decodeResponse: (bytes) => decodeMessage(Session.AccessControlOptions, bytes),
  }),
} as const;

export type SessionRpcKey = keyof typeof SessionRpcs;
export type RpcInput<K extends SessionRpcKey> = (typeof SessionRpcs)[K] extends RpcDescriptor<infer I, infer _O> ? I : never;
export type RpcOutput<K extends SessionRpcKey> = (typeof SessionRpcs)[K] extends RpcDescriptor<infer _I, infer O> ? O : never;

const byFunctionId = new Map<number, SessionRpcKey>(
  (Object.keys(SessionRpcs) as SessionRpcKey[]).map((key) => [SessionRpcs[key].functionId, key]),
);

export function sessionRpcByFunctionId(functionId: number): SessionRpcKey | undefined {
  return byFunctionId.get(functionId);
}

export { Session as SessionMessages, Common as CommonMessages };
