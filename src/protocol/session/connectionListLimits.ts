/**
 * Entry limits of a ConnectionList reply (src/protocol/limits.ts): a list over its limit fails the
 * call instead of becoming millions of objects. The direct reader counts as it goes; replies it
 * leaves to protobufjs, which allocates every entry at once, are counted here first.
 */
import { MAX_LIST_ENTRIES, MAX_NESTED_ENTRIES } from '../limits';

/** A reply holds more entries than the package accepts; the call fails with it. */
export class ListLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListLimitError';
  }
}

const LIST_NAMES = [
  // Stryker disable next-line StringLiteral: equivalent, field 0 is never a list: both readers name fields 1-6 only
  '',
  'connection',
  'userConnections',
  'pluginConnections',
  'internalConnections',
  'unauthenticatedConnections',
  'monitorConnections',
];

/** `field` (1..6) of the reply holds more than MAX_LIST_ENTRIES connections: names how many. */
export function tooManyConnections(reply: Uint8Array, field: number): ListLimitError {
  return new ListLimitError(
    `ConnectionList.${LIST_NAMES[field]} has ${countTopLevelFields(reply, field)} connections, over the limit of ${MAX_LIST_ENTRIES}`,
  );
}

/** A connection's roles or a role's permissions: `count` of them, or more when the reader stopped early. */
export function tooManyNested(what: 'roles in one connection' | 'permissions in one role', count: number): ListLimitError {
  return new ListLimitError(`ConnectionList has ${count} ${what}, over the limit of ${MAX_NESTED_ENTRIES}`);
}

/**
 * Throws ListLimitError when a list in `reply` is over its limit; reads only tags and lengths and
 * allocates no entry. Malformed bytes end the check quietly: the decoder that follows reports them.
 */
export function checkConnectionListLimits(reply: Uint8Array): void {
  try {
    checkLists(reply);
  } catch (err) {
    if (!(err instanceof MalformedWire)) throw err;
  }
}

function checkLists(reply: Uint8Array): void {
  const s = new Scan(reply);
  const counts = [0, 0, 0, 0, 0, 0, 0];
  while (s.at < reply.length) {
    const tag = s.varint(reply.length);
    const field = tag >>> 3;
    if (field >= 1 && field <= 6 && (tag & 7) === 2) {
      const end = s.delimitedEnd(reply.length);
      checkConnection(s, end);
      s.at = end;
      // Counted once read, as the direct reader does: an entry's own limits come first.
      if (++counts[field] > MAX_LIST_ENTRIES) throw tooManyConnections(reply, field);
    } else s.skip(tag, reply.length);
  }
}

function checkConnection(s: Scan, end: number): void {
  let roles = 0;
  while (s.at < end) {
    const tag = s.varint(end);
    if (tag === 0x3a) {
      const roleEnd = s.delimitedEnd(end);
      checkRole(s, roleEnd);
      s.at = roleEnd;
      if (++roles > MAX_NESTED_ENTRIES) throw tooManyNested('roles in one connection', roles);
    } else s.skip(tag, end);
  }
}

function checkRole(s: Scan, end: number): void {
  let permissions = 0;
  while (s.at < end) {
    const tag = s.varint(end);
    if (tag === 0x12) {
      const packedEnd = s.delimitedEnd(end);
      permissions += s.varintsBefore(packedEnd);
      s.at = packedEnd;
    } else if (tag === 0x10) {
      permissions++;
      s.skipVarint(end);
    } else s.skip(tag, end);
    if (permissions > MAX_NESTED_ENTRIES) throw tooManyNested('permissions in one role', permissions);
  }
}

/** How many top-level fields numbered `field` with wire type 2 the reply holds. */
function countTopLevelFields(reply: Uint8Array, field: number): number {
  const s = new Scan(reply);
  let n = 0;
  try {
    while (s.at < reply.length) {
      const tag = s.varint(reply.length);
      if (tag >>> 3 === field && (tag & 7) === 2) n++;
      s.skip(tag, reply.length);
    }
    // Stryker disable next-line BlockStatement: equivalent, nothing but the malformed-wire error is thrown inside
  } catch (err) {
    if (!(err instanceof MalformedWire)) throw err;
  }
  return n;
}

/** The bytes are not well-formed protobuf; the count stops there. */
class MalformedWire extends Error {}
// Stryker disable next-line StringLiteral: equivalent, the error never leaves this module
const MALFORMED = new MalformedWire('malformed');

/**
 * Deeper groups than protobufjs reads (its recursion limit is 100): it fails such a reply itself,
 * and the bound keeps a reply of nested groups from exhausting the stack here.
 */
const MAX_GROUP_DEPTH = 128;

/**
 * Tags and lengths only. It must skip whatever protobufjs skips, or the entries behind it would go
 * uncounted: values of any length and groups too, not just what a robot sends.
 */
class Scan {
  at = 0;

  constructor(private readonly wire: Uint8Array) {}

  /** A tag or a length: at most five bytes, as protobufjs reads them. */
  varint(end: number): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.at >= end) throw MALFORMED;
      const b = this.wire[this.at++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
    throw MALFORMED;
  }

  varintsBefore(end: number): number {
    let n = 0;
    for (let i = this.at; i < end; i++) if (this.wire[i] < 0x80) n++;
    return n;
  }

  delimitedEnd(end: number): number {
    const length = this.varint(end);
    const e = this.at + length;
    if (e > end) throw MALFORMED;
    return e;
  }

  /** A varint value, however long: protobufjs reads values of up to ten bytes and skips longer unknown ones. */
  skipVarint(end: number): void {
    while (this.at < end) if (this.wire[this.at++] < 0x80) return;
    throw MALFORMED;
  }

  /** The field that `tag` starts. */
  skip(tag: number, end: number, depth = 0): void {
    const wireType = tag & 7;
    if (wireType === 0) this.skipVarint(end);
    else if (wireType === 1) this.at += 8;
    else if (wireType === 2) this.at = this.delimitedEnd(end);
    else if (wireType === 3) this.skipGroup(tag >>> 3, end, depth + 1);
    else if (wireType === 5) this.at += 4;
    else throw MALFORMED;
    if (this.at > end) throw MALFORMED;
  }

  /** A group (wire type 3, long deprecated): its fields up to the end tag of the same number. */
  private skipGroup(field: number, end: number, depth: number): void {
    if (depth > MAX_GROUP_DEPTH) throw MALFORMED;
    for (;;) {
      const tag = this.varint(end);
      if (tag >>> 3 === 0) throw MALFORMED;
      if ((tag & 7) === 4) {
        if (tag >>> 3 !== field) throw MALFORMED;
        return;
      }
      this.skip(tag, end, depth);
    }
  }
}
