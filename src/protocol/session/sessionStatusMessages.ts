/**
 * `SessionStatusHandle` and `PayloadSessionStatusRaw` (Kortex 3 Session.proto; docs/session-status.md)
 * read straight from the wire into their canonical JSON, strictly: a known field with the wrong
 * wire type, a length past the end, invalid UTF-8 or a group is an error, so that a corrupted
 * broadcast is reported instead of being read as a plausible list. Unknown fields of a valid wire
 * type are skipped (proto3 forward compatibility). Lists are bounded (MAX_LIST_ENTRIES sessions,
 * MAX_NESTED_ENTRIES roles per session and permissions per role): the count is checked before
 * each entry is read, so a hostile list costs at most that many objects. Strings are read exactly
 * as the generated protobufjs decoder reads them. Encoding uses the generated codecs.
 */
import { Kinova } from '../generated/kortex';
import { MAX_LIST_ENTRIES, MAX_NESTED_ENTRIES } from '../limits';
import type { UserPermissionName, UserRoleJson } from './sessionJson';

/** One logged-in session as the robot broadcasts it. Roles include temporary ones. */
export interface SessionStatusJson {
  sessionIdentifier: number;
  userIdentifier: number;
  roles: UserRoleJson[];
}

/** `PayloadSessionStatusRaw`: the robot's active (logged-in) sessions. */
export interface SessionStatusListJson {
  sessions: SessionStatusJson[];
}

export class SessionStatusDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SessionStatusDecodeError';
  }
}

const PERMISSION_NAMES = Kinova.Api.Common.UserPermission as unknown as Record<number, string | undefined>;
/**
 * protobufjs' strict reader (Reader#stringVerify, which the generated decoders use): invalid UTF-8
 * is an error, and a leading U+FEFF is text like any other (without ignoreBOM it would vanish).
 */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A bounded cursor over one message; every read checks the bound. */
export class WireReader {
  pos: number;

  constructor(
    readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** A varint as protobuf reads it into 64 bits; returned modulo 2^32 (uint32 semantics). */
  uint32(): number {
    let low = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new SessionStatusDecodeError('truncated varint');
      const b = this.buf[this.pos++];
      if (i < 5) low += (b & 0x7f) * 2 ** (7 * i);
      if (b < 0x80) return low % 2 ** 32;
    }
    throw new SessionStatusDecodeError('varint longer than 10 bytes');
  }

  /** Field number and wire type of the next tag. */
  tag(): [field: number, wireType: number] {
    const t = this.uint32();
    const field = t >>> 3;
    if (field === 0) throw new SessionStatusDecodeError('field number 0');
    return [field, t & 7];
  }

  /** A length-delimited field: a reader over its bytes; this reader moves past it. */
  delimited(): WireReader {
    const len = this.uint32();
    const start = this.pos;
    if (len > this.end - start)
      throw new SessionStatusDecodeError(`a field of ${len} bytes runs past the end of its ${this.end - start}-byte message`);
    this.pos = start + len;
    return new WireReader(this.buf, start, start + len);
  }

  string(): string {
    const r = this.delimited();
    try {
      return utf8.decode(r.buf.subarray(r.pos, r.end));
    } catch {
      throw new SessionStatusDecodeError('a string field is not valid UTF-8');
    }
  }

  bytes(): Uint8Array {
    const r = this.delimited();
    return r.buf.subarray(r.pos, r.end);
  }

  /** Skips an unknown field; groups and wire types 6 and 7 do not occur in these messages. */
  skip(field: number, wireType: number): void {
    switch (wireType) {
      case 0:
        this.uint32();
        return;
      case 1:
        this.advance(8);
        return;
      case 2:
        this.delimited();
        return;
      case 5:
        this.advance(4);
        return;
      default:
        throw new SessionStatusDecodeError(`field ${field} has wire type ${wireType}, which these messages never use`);
    }
  }

  private advance(n: number): void {
    if (n > this.end - this.pos) throw new SessionStatusDecodeError('a fixed-width field runs past the end of its message');
    this.pos += n;
  }
}

function expectWireType(message: string, field: number, wireType: number, expected: number): void {
  if (wireType !== expected)
    throw new SessionStatusDecodeError(`${message} field ${field} has wire type ${wireType}, expected ${expected}`);
}

function permissionJson(value: number): UserPermissionName {
  const n = value | 0;
  // A number this build does not know stays a number, as protobufjs' toObject leaves it.
  return (PERMISSION_NAMES[n] ?? n) as UserPermissionName;
}

/** Throws before the entry past the limit is read, so nothing is allocated for it. */
function checkRoom(count: number, limit: number, what: string): void {
  if (count >= limit) throw new SessionStatusDecodeError(`more than ${limit} ${what}`);
}

function readRole(r: WireReader): UserRoleJson {
  let identifier = '';
  const permissions: UserPermissionName[] = [];
  while (!r.done) {
    const [field, wireType] = r.tag();
    if (field === 1) {
      expectWireType('UserRole', field, wireType, 2);
      identifier = r.string();
    } else if (field === 2 && wireType === 2) {
      const packed = r.delimited();
      while (!packed.done) {
        checkRoom(permissions.length, MAX_NESTED_ENTRIES, 'permissions in a role');
        permissions.push(permissionJson(packed.uint32()));
      }
    } else if (field === 2) {
      expectWireType('UserRole', field, wireType, 0); // unpacked form, which decoders must accept too
      checkRoom(permissions.length, MAX_NESTED_ENTRIES, 'permissions in a role');
      permissions.push(permissionJson(r.uint32()));
    } else r.skip(field, wireType);
  }
  return { identifier, permissions };
}

/** Reads one `SessionStatusHandle` (the reader's whole extent). */
export function readSessionStatusHandle(r: WireReader): SessionStatusJson {
  let sessionIdentifier = 0;
  let userIdentifier = 0;
  const roles: UserRoleJson[] = [];
  while (!r.done) {
    const [field, wireType] = r.tag();
    if (field === 1) {
      expectWireType('SessionStatusHandle', field, wireType, 0);
      sessionIdentifier = r.uint32();
    } else if (field === 2) {
      expectWireType('SessionStatusHandle', field, wireType, 0);
      userIdentifier = r.uint32();
    } else if (field === 3) {
      expectWireType('SessionStatusHandle', field, wireType, 2);
      checkRoom(roles.length, MAX_NESTED_ENTRIES, 'roles in a session');
      roles.push(readRole(r.delimited()));
    } else r.skip(field, wireType);
  }
  return { sessionIdentifier, userIdentifier, roles };
}

/** Reads one `PayloadSessionStatusRaw` (the reader's whole extent). */
export function readSessionStatusList(r: WireReader): SessionStatusListJson {
  const sessions: SessionStatusJson[] = [];
  while (!r.done) {
    const [field, wireType] = r.tag();
    if (field === 1) {
      expectWireType('PayloadSessionStatusRaw', field, wireType, 2);
      checkRoom(sessions.length, MAX_LIST_ENTRIES, 'sessions in a list');
      sessions.push(readSessionStatusHandle(r.delimited()));
    } else r.skip(field, wireType);
  }
  return { sessions };
}

function handleProperties(s: SessionStatusJson): Kinova.Api.Session.ISessionStatusHandle {
  return Kinova.Api.Session.SessionStatusHandle.fromObject(s as unknown as { [k: string]: unknown });
}

export function encodeSessionStatusHandle(s: SessionStatusJson): Uint8Array {
  return Kinova.Api.Session.SessionStatusHandle.encode(handleProperties(s)).finish();
}

export function encodeSessionStatusList(list: SessionStatusListJson): Uint8Array {
  return Kinova.Api.Session.PayloadSessionStatusRaw.encode({ sessions: list.sessions.map(handleProperties) }).finish();
}
