/**
 * Precomputed bytes for the floor: a GetConnections request as a client sends it, and the reply a
 * Kortex 3 simulator gives for one admin session, plus ConnectionList payloads of any size.
 */
import { encodeFrame, encodeRequestFrame } from '../../src/protocol/frame';
import { FrameType, HEADER_VERSION, packFrameInfo, packMessageInfo, packPayloadInfo, packServiceInfo } from '../../src/protocol/header';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { ConnectionJson, ConnectionListJson } from '../../src/protocol/session/sessionJson';
import { TCP_PREFIX_LENGTH, wrapTcpFrame, writeTcpPrefix } from '../../src/protocol/tcpFraming';

const BENCH_SESSION_ID = 1;
const FN = { createSession: 1, closeSession: 2, keepAlive: 3, getConnections: 4 } as const;

/** A K3 user connection like the simulator reports for `admin` (role Admin, every permission). */
function userConnection(i: number): ConnectionJson {
  return {
    userHandle: { identifier: 1, permission: 7 },
    connectionInformation: `127.0.0.1:${40000 + (i % 20000)}`,
    connectionIdentifier: 0,
    isLocal: false,
    sessionIdentifier: i + 1,
    connectionInactivityTimeout: 10000,
    roles: [
      {
        identifier: 'Admin',
        permissions: [
          'USER_PERMISSION_OPERATE',
          'USER_PERMISSION_CONFIGURE',
          'USER_PERMISSION_SAFETIES',
          'USER_PERMISSION_SYSTEM',
          'USER_PERMISSION_READ_ONLY',
        ],
      },
    ],
    connectionType: 'CONNECTION_TYPE_MQTT_TCP',
    isWebapp: false,
    username: 'admin',
  };
}

/** A K3 ConnectionList with `n` user connections (and the legacy `connection` copy, as the simulator sends by default). */
function connectionList(n: number, legacyCopy = true): ConnectionListJson {
  const users = Array.from({ length: n }, (_, i) => userConnection(i));
  return {
    connection: legacyCopy ? users.map((c) => ({ ...c })) : [],
    userConnections: users,
    pluginConnections: [],
    internalConnections: [],
    unauthenticatedConnections: [],
    monitorConnections: [],
  };
}

export function connectionListPayload(n: number, legacyCopy = true): Buffer {
  const bytes = SessionRpcs.getConnections.encodeResponse(connectionList(n, legacyCopy));
  return Buffer.from(bytes ?? new Uint8Array(0));
}

/** The GetConnections request a client with session 1 sends, as one Kortex frame (no TCP prefix). */
export function getConnectionsRequestFrame(messageId = 1): Buffer {
  return encodeRequestFrame({ sessionId: BENCH_SESSION_ID, messageId, serviceId: SESSION_SERVICE_ID, functionId: FN.getConnections });
}

export function getConnectionsRequestTcp(messageId = 1): Buffer {
  return wrapTcpFrame(getConnectionsRequestFrame(messageId));
}

/**
 * A response frame template whose message info word can be patched in place: returns the bytes
 * (with or without the TCP prefix) and the offset of the little-endian message info word.
 */
export interface ResponseTemplate {
  bytes: Buffer;
  messageInfoOffset: number;
  sessionId: number;
}

function responseTemplate(functionId: number, sessionId: number, payload: Uint8Array | undefined, tcp: boolean): ResponseTemplate {
  const length = payload?.length ?? 0;
  const header = {
    frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
    // A placeholder message id of 1 keeps the word non-zero, so it is always serialized.
    messageInfo: packMessageInfo(sessionId, 1),
    serviceInfo: packServiceInfo(1, SESSION_SERVICE_ID, functionId),
    payloadInfo: packPayloadInfo(length),
  };
  const prefix = tcp ? TCP_PREFIX_LENGTH : 0;
  const bytes = encodeFrame(header, length ? payload : undefined, prefix);
  if (tcp) writeTcpPrefix(bytes, bytes.length - TCP_PREFIX_LENGTH);
  // Frame: 0x0a, header length (< 128), 0x0d + frameInfo (4 bytes), 0x15 + messageInfo.
  const messageInfoOffset = prefix + 2 + 5 + 1;
  if (bytes[prefix] !== 0x0a || bytes[prefix + 2] !== 0x0d || bytes[messageInfoOffset - 1] !== 0x15) {
    throw new Error('unexpected response frame layout');
  }
  return { bytes, messageInfoOffset, sessionId };
}

/** Copies a template and stamps the message id (and the template's session id) into the copy. */
export function stampResponse(t: ResponseTemplate, messageId: number): Buffer {
  const out = Buffer.allocUnsafe(t.bytes.length);
  t.bytes.copy(out, 0);
  out.writeUInt32LE(((t.sessionId << 16) | (messageId & 0xffff)) >>> 0, t.messageInfoOffset);
  return out;
}

/** The replies of the minimal robot, one per Session function it answers. */
export function minimalRobotTemplates(tcp: boolean, getConnectionsPayload: Uint8Array): Map<number, ResponseTemplate> {
  return new Map<number, ResponseTemplate>([
    [FN.createSession, responseTemplate(FN.createSession, BENCH_SESSION_ID, undefined, tcp)],
    [FN.closeSession, responseTemplate(FN.closeSession, 0, undefined, tcp)],
    [FN.keepAlive, responseTemplate(FN.keepAlive, BENCH_SESSION_ID, undefined, tcp)],
    [FN.getConnections, responseTemplate(FN.getConnections, BENCH_SESSION_ID, getConnectionsPayload, tcp)],
  ]);
}

/**
 * Reads message info and function id of a request frame starting at `pos` (the 0x0a byte),
 * assuming the header (4 fixed32 fields at most) is < 128 bytes, as every Kortex header is.
 * Returns null for anything else.
 */
export function peekRequest(buf: Buffer, pos: number, end: number): { messageId: number; functionId: number } | null {
  if (buf[pos] !== 0x0a) return null;
  const hl = buf[pos + 1];
  if (hl >= 0x80) return null;
  let p = pos + 2;
  const hEnd = Math.min(end, p + hl);
  let messageInfo = 0;
  let serviceInfo = 0;
  while (p + 5 <= hEnd) {
    const tag = buf[p];
    const v = buf.readUInt32LE(p + 1);
    if (tag === 0x15) messageInfo = v;
    else if (tag === 0x1d) serviceInfo = v;
    else if (tag !== 0x0d && tag !== 0x25) return null;
    p += 5;
  }
  return { messageId: messageInfo & 0xffff, functionId: serviceInfo & 0xffff };
}
