/**
 * The robot's session status broadcasts (docs/session-status.md): `sessions/status` carries a
 * `PayloadSessionStatusRaw` (every logged-in session), `sessions/killed` the session(s) the robot
 * ended. Their envelope is not documented; two are plausible and both are read:
 *
 * - 'raw-frame': a Kortex Frame of type MSG_FRAME_RAW whose payload is
 *   `PayloadFrameTypeRaw{topic, payload}`, `payload` holding the serialized message;
 * - 'bare': the serialized message alone as the MQTT payload.
 *
 * Which one arrived is told apart by the bytes: a Frame's header (field 1) holds fixed32 words, so
 * its frame_info is non-zero, while the first field of a bare list holds a SessionStatusHandle,
 * whose fields are varints and sub-messages: read as a Frame, it has an all-zero header. A killed
 * broadcast may hold one `SessionStatusHandle` or a `PayloadSessionStatusRaw` list; field 1 is a
 * varint in the first and a sub-message in the second. A payload over MAX_BROADCAST_BYTES is
 * refused before it is read. Nothing here throws anything but SessionStatusDecodeError.
 */
import { Kinova } from '../generated/kortex';
import { FrameDecodeError, decodeFrame, encodeFrame } from '../frame';
import { FrameType, HEADER_VERSION, packFrameInfo, packPayloadInfo, unpackHeader } from '../header';
import { MAX_BROADCAST_BYTES } from '../limits';
import {
  SessionStatusDecodeError,
  SessionStatusJson,
  SessionStatusListJson,
  WireReader,
  encodeSessionStatusHandle,
  encodeSessionStatusList,
  readSessionStatusHandle,
  readSessionStatusList,
} from './sessionStatusMessages';

/** MQTT topics of the broadcasts (no namespace: see docs/session-status.md). */
export const SESSION_STATUS_TOPIC = 'sessions/status';
export const SESSION_KILLED_TOPIC = 'sessions/killed';

export type StatusEnvelope = 'raw-frame' | 'bare';

export interface DecodedSessionBroadcast {
  envelope: StatusEnvelope;
  /** raw-frame only: the `PayloadFrameTypeRaw.topic` the robot put in the frame. */
  rawTopic?: string;
  sessions: SessionStatusJson[];
}

interface Unwrapped {
  envelope: StatusEnvelope;
  rawTopic?: string;
  message: Uint8Array;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message.replace(/^Kortex frame could not be decoded: /, '') : String(err);
}

/** A MSG_FRAME_RAW frame's `PayloadFrameTypeRaw`; undefined when the bytes are no Frame at all. */
function unwrapRawFrame(buf: Buffer): Unwrapped | undefined {
  let frame;
  try {
    frame = decodeFrame(buf);
  } catch (err) {
    // Stryker disable next-line ConditionalExpression: equivalent, decodeFrame throws nothing but FrameDecodeError
    if (err instanceof FrameDecodeError) return undefined;
    throw err;
  }
  if (frame.header.frameInfo === 0) return undefined; // no frame header words: a bare message
  const h = unpackHeader(frame.header);
  if (h.headerVersion !== HEADER_VERSION)
    throw new SessionStatusDecodeError(`a Kortex frame with header version ${h.headerVersion} (expected ${HEADER_VERSION})`);
  if (h.frameType !== FrameType.Raw)
    throw new SessionStatusDecodeError(`a Kortex frame of type ${h.frameType} (expected MSG_FRAME_RAW, ${FrameType.Raw})`);
  // payload_info absent (0) is tolerated; a length that disagrees means a cut or corrupted frame.
  if (h.payloadLength !== 0 && h.payloadLength !== frame.payload.length) {
    throw new SessionStatusDecodeError(
      `the MSG_FRAME_RAW frame announces ${h.payloadLength} payload bytes but carries ${frame.payload.length}`,
    );
  }
  const r = new WireReader(frame.payload);
  let rawTopic = '';
  let payload: Uint8Array = Buffer.alloc(0);
  try {
    while (!r.done) {
      const [field, wireType] = r.tag();
      if ((field === 1 || field === 2) && wireType !== 2)
        throw new SessionStatusDecodeError(`PayloadFrameTypeRaw field ${field} has wire type ${wireType}, expected 2`);
      if (field === 1) rawTopic = r.string();
      else if (field === 2) payload = r.bytes();
      else r.skip(field, wireType);
    }
  } catch (err) {
    throw new SessionStatusDecodeError(`the MSG_FRAME_RAW frame's PayloadFrameTypeRaw is malformed: ${message(err)}`);
  }
  return { envelope: 'raw-frame', rawTopic, message: payload };
}

const megabytes = (bytes: number): string => `${Number((bytes / 2 ** 20).toFixed(1))} MB`;

/**
 * Why a broadcast of `byteLength` bytes on `topic` is not read at all, or undefined when its size is
 * fine: over MAX_BROADCAST_BYTES it is dropped before anything is decoded or kept.
 */
export function oversizeBroadcast(topic: string, byteLength: number): string | undefined {
  if (byteLength <= MAX_BROADCAST_BYTES) return undefined;
  return `${topic} broadcast of ${megabytes(byteLength)} (${byteLength} bytes) exceeds ${megabytes(MAX_BROADCAST_BYTES)}: dropped`;
}

function decodeBroadcast(
  bytes: Uint8Array,
  topic: string,
  what: string,
  read: (r: WireReader) => SessionStatusJson[],
): DecodedSessionBroadcast {
  const tooLarge = oversizeBroadcast(topic, bytes.length);
  if (tooLarge) throw new SessionStatusDecodeError(tooLarge);
  const buf = asBuffer(bytes);
  const framed = unwrapRawFrame(buf);
  if (framed) {
    try {
      return { envelope: framed.envelope, rawTopic: framed.rawTopic, sessions: read(new WireReader(framed.message)) };
    } catch (err) {
      throw new SessionStatusDecodeError(`the ${what} inside the MSG_FRAME_RAW frame is malformed: ${message(err)}`);
    }
  }
  try {
    return { envelope: 'bare', sessions: read(new WireReader(buf)) };
  } catch (err) {
    throw new SessionStatusDecodeError(`neither a MSG_FRAME_RAW frame nor a bare ${what}: ${message(err)}`);
  }
}

/**
 * A `sessions/status` MQTT payload in either envelope. Throws SessionStatusDecodeError (and
 * nothing else) for anything malformed. An empty payload is an empty bare list.
 */
export function decodeSessionStatusBroadcast(bytes: Uint8Array): DecodedSessionBroadcast {
  try {
    return decodeBroadcast(bytes, SESSION_STATUS_TOPIC, 'PayloadSessionStatusRaw', (r) => readSessionStatusList(r).sessions);
  } catch (err) {
    throw err instanceof SessionStatusDecodeError ? err : new SessionStatusDecodeError(message(err));
  }
}

/** A `sessions/killed` MQTT payload in either envelope, holding one SessionStatusHandle or a list. */
export function decodeSessionKilledBroadcast(bytes: Uint8Array): DecodedSessionBroadcast {
  try {
    return decodeBroadcast(bytes, SESSION_KILLED_TOPIC, 'SessionStatusHandle or PayloadSessionStatusRaw', (r) => {
      if (r.done) return [];
      // Field 1 with wire type 2 (tag 0x0A) is a list's first session; a handle's field 1 is a varint.
      return r.buf[r.pos] === 0x0a ? readSessionStatusList(r).sessions : [readSessionStatusHandle(r)];
    });
  } catch (err) {
    throw err instanceof SessionStatusDecodeError ? err : new SessionStatusDecodeError(message(err));
  }
}

/** `payload` in a MSG_FRAME_RAW frame as PayloadFrameTypeRaw{topic, payload}. */
export function encodeRawFrame(topic: string, payload: Uint8Array): Buffer {
  const raw = Kinova.Api.PayloadFrameTypeRaw.encode({ topic, payload }).finish();
  return encodeFrame(
    {
      frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Raw, 0, 0, 0),
      messageInfo: 0,
      serviceInfo: 0,
      payloadInfo: packPayloadInfo(raw.length),
    },
    raw,
  );
}

function envelope(kind: StatusEnvelope, topic: string, message: Uint8Array): Buffer {
  return kind === 'raw-frame' ? encodeRawFrame(topic, message) : Buffer.from(message);
}

/** A `sessions/status` payload, as the simulated robot publishes it. */
export function encodeSessionStatusBroadcast(list: SessionStatusListJson, kind: StatusEnvelope): Buffer {
  return envelope(kind, SESSION_STATUS_TOPIC, encodeSessionStatusList(list));
}

/** A `sessions/killed` payload: one SessionStatusHandle ('handle') or a PayloadSessionStatusRaw ('list'). */
export function encodeSessionKilledBroadcast(killed: SessionStatusJson, kind: StatusEnvelope, form: 'handle' | 'list' = 'handle'): Buffer {
  const message = form === 'handle' ? encodeSessionStatusHandle(killed) : encodeSessionStatusList({ sessions: [killed] });
  return envelope(kind, SESSION_KILLED_TOPIC, message);
}
