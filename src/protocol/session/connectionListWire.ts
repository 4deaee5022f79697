/**
 * A ConnectionList reply read straight from the wire, for the common case only: well-formed
 * replies without unknown fields, odd wire types, groups, long varints, non-ASCII text or a
 * repeated sub-message merged into an earlier one. Anything else gives undefined and the caller
 * hands the reply to protobufjs, so results and errors stay those of protobufjs by construction.
 * Lists over their limits (src/protocol/limits.ts) throw ListLimitError once one entry past the
 * limit is read: a hostile reply costs at most that many objects.
 */
import { tooManyConnections, tooManyNested } from './connectionListLimits';
import { CONNECTION_TYPE_NAMES, PERMISSION_NAMES, enumName } from '../enumNames';
import { MAX_LIST_ENTRIES, MAX_NESTED_ENTRIES } from '../limits';
import type {
  ConnectionJson,
  ConnectionListJson,
  ConnectionTypeName,
  UserPermissionName,
  UserProfileHandleJson,
  UserRoleJson,
} from './sessionJson';

/** Thrown inside the reader when a reply needs protobufjs; never escapes this module. */
class NotDirect extends Error {}
// Stryker disable next-line StringLiteral: equivalent, the error never leaves this module
const NOT_DIRECT = new NotDirect('not handled by the direct reader');

/**
 * Recently read short strings, by a hash of their bytes. A robot repeats the same few texts in
 * every reply (addresses, role and user names), and comparing bytes with a cached string is much
 * cheaper than creating the string again. Direct-mapped and bounded: a collision just replaces.
 * Shared by all readers on purpose: it holds only strings, never a reply's bytes.
 */
const STRING_CACHE_SIZE = 256;
const STRING_CACHE_MAX_LENGTH = 64;
// Stryker disable next-line StringLiteral: equivalent, a cached string is returned only when its bytes equal the wire's
const stringCache: string[] = new Array<string>(STRING_CACHE_SIZE).fill('');

/** A cursor over one reply; one per call, so nothing of a reply outlives its decoding. */
class WireCursor {
  at = 0;

  constructor(private readonly wire: Buffer) {}

  /** The next byte (a tag). */
  byte(): number {
    return this.wire[this.at++];
  }

  /**
   * A varint of at most 32 significant bits (5 bytes, the last < 16): protobufjs reads these to
   * the same uint32, and int32/bool derive from it the same way. Longer ones it truncates: not ours.
   */
  varint32(end: number): number {
    const wire = this.wire;
    let at = this.at;
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      if (at >= end) throw NOT_DIRECT;
      const b = wire[at++];
      value |= (b & 0x7f) << shift;
      if (b < 0x80) {
        this.at = at;
        return value >>> 0;
      }
    }
    if (at >= end) throw NOT_DIRECT;
    const b = wire[at++];
    if (b >= 16) throw NOT_DIRECT;
    this.at = at;
    return (value | (b << 28)) >>> 0;
  }

  /** How many varints start between here and `end` (bytes without the continuation bit). */
  varintsBefore(end: number): number {
    const wire = this.wire;
    let n = 0;
    for (let i = this.at; i < end; i++) if (wire[i] < 0x80) n++;
    return n;
  }

  /** A little-endian fixed32. */
  fixed32(end: number): number {
    const wire = this.wire;
    const at = this.at;
    if (at + 4 > end) throw NOT_DIRECT;
    this.at = at + 4;
    return (wire[at] | (wire[at + 1] << 8) | (wire[at + 2] << 16) | (wire[at + 3] << 24)) >>> 0;
  }

  /** Length of a length-delimited field; returns its end. */
  delimitedEnd(end: number): number {
    const len = this.varint32(end);
    const e = this.at + len;
    if (e > end) throw NOT_DIRECT;
    return e;
  }

  /** ASCII only: the same string protobufjs' strict UTF-8 reader gives. Other text goes to protobufjs. */
  asciiString(end: number): string {
    const e = this.delimitedEnd(end);
    const wire = this.wire;
    const start = this.at;
    let hash = e - start;
    for (let i = start; i < e; i++) {
      const c = wire[i];
      if (c >= 0x80) throw NOT_DIRECT;
      // Stryker disable next-line ArithmeticOperator: equivalent, the hash only picks the cache slot
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    this.at = e;
    // Stryker disable next-line EqualityOperator: equivalent, whether a long string is cached changes only the speed
    if (e - start > STRING_CACHE_MAX_LENGTH) return wire.toString('latin1', start, e);
    const slot = (hash ^ (hash >>> 8)) & (STRING_CACHE_SIZE - 1);
    const cached = stringCache[slot];
    // Stryker disable next-line ArithmeticOperator,BlockStatement: equivalent, a cache miss reads the same text from the wire
    if (cached.length === e - start) {
      let i = 0;
      // Stryker disable next-line UpdateOperator: equivalent, a cache miss reads the same text from the wire
      while (i < cached.length && cached.charCodeAt(i) === wire[start + i]) i++;
      if (i === cached.length) return cached;
    }
    // For ASCII, latin1 is the same text; Buffer's native slice beats building the string in JS.
    const text = wire.toString('latin1', start, e);
    stringCache[slot] = text;
    return text;
  }
}

/**
 * `list` with `item` added; a list is created with its first item. An array literal of one item
 * holds one slot, where `[]` and push reserve seventeen: most lists in a reply hold one item, and
 * the difference is garbage on every call.
 */
function appended<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

function readRole(r: WireCursor, end: number): UserRoleJson {
  let identifier = '';
  let permissions: UserPermissionName[] | undefined;
  while (r.at < end) {
    const tag = r.byte();
    if (tag === 0x0a) identifier = r.asciiString(end);
    else if (tag === 0x12) {
      const e = r.delimitedEnd(end); // packed: sized from its count of varints, then filled
      const count = r.varintsBefore(e);
      const total = count + (permissions ? permissions.length : 0);
      if (total > MAX_NESTED_ENTRIES) throw tooManyNested('permissions in one role', total);
      const packed = new Array<UserPermissionName>(count);
      for (let i = 0; i < packed.length; i++) packed[i] = enumName(PERMISSION_NAMES, r.varint32(e) | 0) as UserPermissionName;
      // Stryker disable next-line ConditionalExpression: equivalent, the bytes left all have the continuation bit: the next is read as an unknown tag
      if (r.at !== e) throw NOT_DIRECT;
      if (permissions) permissions.push(...packed);
      else permissions = packed;
    } else if (tag === 0x10) {
      permissions = appended(permissions, enumName(PERMISSION_NAMES, r.varint32(end) | 0) as UserPermissionName);
      if (permissions.length > MAX_NESTED_ENTRIES) throw tooManyNested('permissions in one role', permissions.length);
    } else throw NOT_DIRECT;
  }
  return { permissions: permissions ?? [], identifier };
}

function readUserHandle(r: WireCursor, end: number): UserProfileHandleJson {
  let identifier = 0;
  let permission = 0;
  while (r.at < end) {
    const t = r.byte();
    if (t === 0x08) identifier = r.varint32(end);
    else if (t === 0x15) permission = r.fixed32(end);
    else throw NOT_DIRECT;
  }
  return { identifier, permission };
}

function readConnection(r: WireCursor, end: number): ConnectionJson {
  let handle: UserProfileHandleJson | undefined;
  let connectionInformation = '';
  let connectionIdentifier = 0;
  let isLocal = false;
  let sessionIdentifier = 0;
  let connectionInactivityTimeout = 0;
  let roles: UserRoleJson[] | undefined;
  let type = 0;
  let isWebapp = false;
  let username = '';
  while (r.at < end) {
    const tag = r.byte();
    switch (tag) {
      case 0x0a:
        // protobufjs merges a repeated user_handle into the first one: rare enough to leave to it.
        if (handle) throw NOT_DIRECT;
        handle = readUserHandle(r, r.delimitedEnd(end));
        break;
      case 0x12:
        connectionInformation = r.asciiString(end);
        break;
      case 0x18:
        connectionIdentifier = r.varint32(end);
        break;
      case 0x20:
        isLocal = r.varint32(end) !== 0;
        break;
      case 0x28:
        sessionIdentifier = r.varint32(end);
        break;
      case 0x30:
        connectionInactivityTimeout = r.varint32(end);
        break;
      case 0x3a:
        roles = appended(roles, readRole(r, r.delimitedEnd(end)));
        if (roles.length > MAX_NESTED_ENTRIES) throw tooManyNested('roles in one connection', roles.length);
        break;
      case 0x40:
        type = r.varint32(end) | 0;
        break;
      case 0x48:
        isWebapp = r.varint32(end) !== 0;
        break;
      case 0x52:
        username = r.asciiString(end);
        break;
      default:
        throw NOT_DIRECT;
    }
  }
  const connectionType = enumName(CONNECTION_TYPE_NAMES, type) as ConnectionTypeName;
  // The two literal shapes of toObject's output, keys in its order; an unset user handle is absent.
  if (handle) {
    return {
      roles: roles ?? [],
      userHandle: handle,
      connectionInformation,
      connectionIdentifier,
      isLocal,
      sessionIdentifier,
      connectionInactivityTimeout,
      connectionType,
      isWebapp,
      username,
    };
  }
  return {
    roles: roles ?? [],
    connectionInformation,
    connectionIdentifier,
    isLocal,
    sessionIdentifier,
    connectionInactivityTimeout,
    connectionType,
    isWebapp,
    username,
  };
}

/** The whole reply, or undefined when protobufjs must decode it. */
export function readConnectionList(bytes: Uint8Array): ConnectionListJson | undefined {
  // Fields 1..6, all `repeated Connection`; a list is created with its first connection (see appended).
  let connection: ConnectionJson[] | undefined;
  let userConnections: ConnectionJson[] | undefined;
  let pluginConnections: ConnectionJson[] | undefined;
  let internalConnections: ConnectionJson[] | undefined;
  let unauthenticatedConnections: ConnectionJson[] | undefined;
  let monitorConnections: ConnectionJson[] | undefined;
  const r = new WireCursor(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const end = bytes.length;
  try {
    while (r.at < end) {
      const tag = r.byte();
      // Wire type 2 only.
      if ((tag & 7) !== 2 || tag < 0x0a || tag > 0x32) throw NOT_DIRECT;
      const c = readConnection(r, r.delimitedEnd(end));
      let list: ConnectionJson[];
      switch (tag >> 3) {
        case 1:
          list = connection = appended(connection, c);
          break;
        case 2:
          list = userConnections = appended(userConnections, c);
          break;
        case 3:
          list = pluginConnections = appended(pluginConnections, c);
          break;
        case 4:
          list = internalConnections = appended(internalConnections, c);
          break;
        case 5:
          list = unauthenticatedConnections = appended(unauthenticatedConnections, c);
          break;
        default:
          list = monitorConnections = appended(monitorConnections, c);
          break;
      }
      if (list.length > MAX_LIST_ENTRIES) throw tooManyConnections(bytes, tag >> 3);
    }
  } catch (err) {
    if (err === NOT_DIRECT) return undefined;
    throw err;
  }
  return {
    connection: connection ?? [],
    userConnections: userConnections ?? [],
    pluginConnections: pluginConnections ?? [],
    internalConnections: internalConnections ?? [],
    unauthenticatedConnections: unauthenticatedConnections ?? [],
    monitorConnections: monitorConnections ?? [],
  };
}
