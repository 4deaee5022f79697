/**
 * `Kinova.Api.Frame` encode/decode, written by hand: it is on every request's path, and proto3's
 * "omit zero fields" rule must be followed exactly so our bytes equal the vendor's (docs/protocol.md, "Frame and header" and "Captured bytes").
 */
import { FrameType, HEADER_VERSION, MAX_PAYLOAD_LENGTH, RawHeader, packFrameInfo, packMessageInfo, packServiceInfo } from './header';

export interface Frame {
  header: RawHeader;
  /** Empty when the frame carries no payload. */
  payload: Buffer;
}

export class FrameDecodeError extends Error {
  constructor(message: string) {
    super(`Kortex frame could not be decoded: ${message}`);
    this.name = 'FrameDecodeError';
  }
}

const EMPTY = Buffer.alloc(0);
const HEADER_TAGS = [0x0d, 0x15, 0x1d, 0x25] as const;

function headerLength(h: RawHeader): number {
  return (h.frameInfo ? 5 : 0) + (h.messageInfo ? 5 : 0) + (h.serviceInfo ? 5 : 0) + (h.payloadInfo ? 5 : 0);
}

function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

function writeVarint(buf: Buffer, pos: number, n: number): number {
  while (n >= 0x80) {
    buf[pos++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  buf[pos++] = n;
  return pos;
}

/** Size in bytes of the serialized frame. */
export function encodedFrameLength(header: RawHeader, payloadLength: number): number {
  const hl = headerLength(header);
  return 1 + varintLength(hl) + hl + (payloadLength > 0 ? 1 + varintLength(payloadLength) + payloadLength : 0);
}

/**
 * Serializes a frame into a new buffer. `prefixSpace` bytes are left free before the frame (used
 * by the TCP framing to avoid a copy).
 */
export function encodeFrame(header: RawHeader, payload: Uint8Array = EMPTY, prefixSpace = 0): Buffer {
  checkPayloadLength(payload);
  const buf = Buffer.allocUnsafe(prefixSpace + encodedFrameLength(header, payload.length));
  encodeFrameInto(buf, prefixSpace, header, payload);
  return buf;
}

/**
 * Serializes a frame into `target` at `offset`, which must have room for
 * `encodedFrameLength(header, payload.length)` bytes; returns the offset after the frame.
 */
export function encodeFrameInto(target: Buffer, offset: number, header: RawHeader, payload: Uint8Array = EMPTY): number {
  checkPayloadLength(payload);
  let pos = offset;
  target[pos++] = 0x0a;
  pos = writeVarint(target, pos, headerLength(header));
  pos = writeHeaderWord(target, pos, HEADER_TAGS[0], header.frameInfo >>> 0);
  pos = writeHeaderWord(target, pos, HEADER_TAGS[1], header.messageInfo >>> 0);
  pos = writeHeaderWord(target, pos, HEADER_TAGS[2], header.serviceInfo >>> 0);
  pos = writeHeaderWord(target, pos, HEADER_TAGS[3], header.payloadInfo >>> 0);
  if (payload.length > 0) {
    target[pos++] = 0x12;
    pos = writeVarint(target, pos, payload.length);
    target.set(payload, pos);
    pos += payload.length;
  }
  return pos;
}

/** One fixed32 header field; proto3 omits a zero. */
function writeHeaderWord(target: Buffer, pos: number, tag: number, word: number): number {
  if (word === 0) return pos;
  target[pos++] = tag;
  target.writeUInt32LE(word, pos);
  return pos + 4;
}

function checkPayloadLength(payload: Uint8Array): void {
  if (payload.length > MAX_PAYLOAD_LENGTH) {
    throw new RangeError(`Kortex payload of ${payload.length} bytes exceeds the 24-bit limit of ${MAX_PAYLOAD_LENGTH}`);
  }
}

/**
 * Where the last readVarint stopped. A module-level cursor instead of a [value, next] pair: every
 * frame reads several varints, and a pair per varint was a visible share of each call's garbage.
 * Decoding is synchronous, so nothing else runs between a read and the use of its end.
 */
let varintEnd = 0;

function readVarint(buf: Uint8Array, pos: number, end: number): number {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw new FrameDecodeError('truncated varint');
    const b = buf[pos++];
    value += (b & 0x7f) * mul;
    if (b < 0x80) {
      if (value > Number.MAX_SAFE_INTEGER) throw new FrameDecodeError('varint too large');
      varintEnd = pos;
      return value;
    }
    mul *= 128;
  }
  throw new FrameDecodeError('varint longer than 10 bytes');
}

/** Skips one field of the given wire type; returns the new position. */
function skipField(buf: Uint8Array, pos: number, end: number, wireType: number): number {
  switch (wireType) {
    case 0:
      readVarint(buf, pos, end);
      return varintEnd;
    case 1:
      pos += 8;
      break;
    case 2: {
      const len = readVarint(buf, pos, end);
      pos = varintEnd + len;
      break;
    }
    case 5:
      pos += 4;
      break;
    default:
      throw new FrameDecodeError(`unsupported wire type ${wireType}`);
  }
  if (pos > end) throw new FrameDecodeError('field runs past the end of the frame');
  return pos;
}

function decodeHeader(buf: Buffer, start: number, end: number): RawHeader {
  const h: RawHeader = { frameInfo: 0, messageInfo: 0, serviceInfo: 0, payloadInfo: 0 };
  let pos = start;
  while (pos < end) {
    const tag = readVarint(buf, pos, end);
    pos = varintEnd;
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (wireType === 5 && field >= 1 && field <= 4) {
      if (pos + 4 > end) throw new FrameDecodeError('truncated header field');
      const v = buf.readUInt32LE(pos);
      pos += 4;
      if (field === 1) h.frameInfo = v;
      else if (field === 2) h.messageInfo = v;
      else if (field === 3) h.serviceInfo = v;
      else h.payloadInfo = v;
    } else {
      if (field === 0) throw new FrameDecodeError('field number 0 in header');
      pos = skipField(buf, pos, end, wireType);
    }
  }
  return h;
}

/**
 * Parses a serialized frame (all of `buf`, or its bytes from `from` to `end`). Missing fields are 0
 * and a missing payload is empty (proto3). The payload is a view into `buf`, not a copy. Throws
 * FrameDecodeError on malformed input.
 */
export function decodeFrame(buf: Buffer, from = 0, end = buf.length): Frame {
  let header: RawHeader | undefined;
  let payload: Buffer = EMPTY;
  let pos = from;
  while (pos < end) {
    const tag = readVarint(buf, pos, end);
    pos = varintEnd;
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if ((field === 1 || field === 2) && wireType === 2) {
      const len = readVarint(buf, pos, end);
      const start = varintEnd;
      if (start + len > end) throw new FrameDecodeError(`field ${field} length ${len} runs past the end of the ${end - from}-byte frame`);
      if (field === 1) header = decodeHeader(buf, start, start + len);
      else payload = buf.subarray(start, start + len);
      pos = start + len;
    } else {
      if (field === 0) throw new FrameDecodeError('field number 0');
      pos = skipField(buf, pos, end, wireType);
    }
  }
  if (!header) throw new FrameDecodeError('no header');
  return { header, payload };
}

/** Options for building a request frame. */
export interface RequestFrameOptions {
  sessionId: number;
  messageId: number;
  serviceId: number;
  functionId: number;
  payload?: Uint8Array;
  deviceId?: number;
  serviceVersion?: number;
}

/**
 * Writes a request header (service version 1) into `h`, for a caller that reuses one header object
 * for every request it sends.
 */
export function writeRequestHeader(
  h: RawHeader,
  sessionId: number,
  messageId: number,
  serviceId: number,
  functionId: number,
  payloadLength: number,
  deviceId = 0,
): void {
  h.frameInfo = packFrameInfo(HEADER_VERSION, FrameType.Request, deviceId, 0, 0);
  h.messageInfo = packMessageInfo(sessionId, messageId);
  h.serviceInfo = packServiceInfo(1, serviceId, functionId);
  h.payloadInfo = payloadLength;
}

export function buildRequestHeader(o: RequestFrameOptions): RawHeader {
  const len = o.payload ? o.payload.length : 0;
  return {
    frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Request, o.deviceId ?? 0, 0, 0),
    messageInfo: packMessageInfo(o.sessionId, o.messageId),
    serviceInfo: packServiceInfo(o.serviceVersion ?? 1, o.serviceId, o.functionId),
    payloadInfo: len,
  };
}

export function encodeRequestFrame(o: RequestFrameOptions, prefixSpace = 0): Buffer {
  return encodeFrame(buildRequestHeader(o), o.payload, prefixSpace);
}

/**
 * Longest header an oversized frame may start with and still be named (four words are 20 bytes;
 * the margin allows unknown fields). Bounds what a reader holds before it decides.
 */
const MAX_PEEKED_HEADER_BYTES = 40;

/** frameHeaderAhead's answer when the bytes received so far are too few to tell. */
export const NEED_MORE_BYTES = 'need more bytes';

/**
 * The header of a `frameLength`-byte frame of which only the start, buf[start..end), is read: so a
 * reader can name the call an oversized reply answers and skip the rest unread. The frame must be
 * laid out as every Kortex frame is, header first and then the payload field running exactly to
 * the frame's end; otherwise (garbage that happens to follow a magic) the answer is undefined.
 * At most 2 + 40 + 6 bytes of the frame are looked at.
 */
export function frameHeaderAhead(
  buf: Buffer,
  start: number,
  end: number,
  frameLength: number,
): RawHeader | undefined | typeof NEED_MORE_BYTES {
  if (end - start < 2) return NEED_MORE_BYTES;
  const headerLength = buf[start + 1];
  if (buf[start] !== 0x0a || headerLength > MAX_PEEKED_HEADER_BYTES) return undefined;
  const headerEnd = start + 2 + headerLength;
  if (end < headerEnd + 2) return NEED_MORE_BYTES;
  if (buf[headerEnd] !== 0x12) return undefined;
  // The payload's length: a varint of at most 5 bytes (a frame length is 32 bits).
  let payloadLength = 0;
  let pos = headerEnd + 1;
  for (let shift = 0; ; shift += 7) {
    if (shift > 28) return undefined;
    if (pos >= end) return NEED_MORE_BYTES;
    const b = buf[pos++];
    payloadLength += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
  }
  if (pos - start + payloadLength !== frameLength) return undefined;
  try {
    return decodeHeader(buf, start + 2, headerEnd);
    // Stryker disable next-line BlockStatement: equivalent, decodeHeader throws nothing but FrameDecodeError
  } catch (err) {
    // Stryker disable next-line ConditionalExpression: equivalent, as above
    if (err instanceof FrameDecodeError) return undefined;
    throw err;
  }
}
