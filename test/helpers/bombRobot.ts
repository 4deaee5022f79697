/**
 * A hostile Kortex 2 robot on 127.0.0.1: it logs clients in properly (session 9), then answers
 * GetConnections with whatever the test queued: a 16 MB reply of 8 million empty connections, a
 * reply under the size limit holding half a million, an oversized NOTIFICATION frame carrying the
 * call's own message id and function before the ordinary reply, or (queue empty) one ordinary
 * connection.
 */
import { listenOnLoopback } from './loopbackServer';
import { decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { FrameType, RawHeader, unpackHeader } from '../../src/protocol/header';
import { MAX_SESSION_REPLY_BYTES } from '../../src/protocol/limits';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { TCP_PREFIX_LENGTH, TcpFrameSplitter, wrapTcpFrame, writeTcpPrefix } from '../../src/protocol/tcpFraming';
import { successResponse } from '../../src/simulator/robot/responses';

export type BombReply = 'bomb16MB' | 'manyEntries' | 'oversizedNotificationFirst';

/** Payload bytes of the bomb: 8 million empty Connection entries (`0a 00` each). */
export const BOMB_PAYLOAD_BYTES = 16_000_000;
/** A reply under the size limit (1 MiB) that still holds about half a million empty entries. */
export const MANY_ENTRIES = (MAX_SESSION_REPLY_BYTES - 64) / 2;

const SESSION_ID = 9;
const ORDINARY_LIST = SessionRpcs.getConnections.encodeResponse({
  connection: [
    {
      connectionInformation: '127.0.0.1:50000',
      connectionIdentifier: 1,
      isLocal: true,
      sessionIdentifier: SESSION_ID,
      connectionInactivityTimeout: 10000,
      roles: [],
      connectionType: 'CONNECTION_TYPE_UNSPECIFIED',
      isWebapp: false,
      username: 'admin',
    },
  ],
  userConnections: [],
  pluginConnections: [],
  internalConnections: [],
  unauthenticatedConnections: [],
  monitorConnections: [],
});

/** Empty entries, built once per process and written as they are (no copy per reply). */
let emptyEntries: Buffer | undefined;
function entries(count: number): Buffer {
  emptyEntries ??= Buffer.alloc(BOMB_PAYLOAD_BYTES, Buffer.from([0x0a, 0x00]));
  return emptyEntries.subarray(0, 2 * count);
}

export interface BombRobot {
  port: number;
  /** Queues the answers to the next GetConnections calls, in order. */
  queue(...replies: BombReply[]): void;
  /** TCP connections accepted and CreateSession requests answered so far. */
  connections(): number;
  logins(): number;
  close(): Promise<void>;
}

export async function startBombRobot(): Promise<BombRobot> {
  const queued: BombReply[] = [];
  let connections = 0;
  let logins = 0;
  const server = await listenOnLoopback((socket) => {
    connections++;
    const splitter = new TcpFrameSplitter({
      onFrame: (bytes) => {
        const request = decodeFrame(bytes).header;
        const functionId = unpackHeader(request).functionId;
        if (functionId === SessionRpcs.createSession.functionId) logins++;
        const reply = functionId === SessionRpcs.getConnections.functionId ? queued.shift() : undefined;
        if (reply === 'oversizedNotificationFirst') {
          // Not a reply: only a RESPONSE frame may settle the call whose id and function it carries.
          const { header } = successResponse(request, SESSION_ID, ORDINARY_LIST);
          const notification = { ...header, frameInfo: ((header.frameInfo & ~0x0f000000) | (FrameType.Notification << 24)) >>> 0 };
          const payload = entries(MANY_ENTRIES + 1000);
          socket.write(frameHead(notification, payload.length));
          socket.write(payload);
          socket.write(wrapTcpFrame(encodeFrame(header, ORDINARY_LIST)));
          return;
        }
        if (reply) {
          const payload = entries(reply === 'bomb16MB' ? BOMB_PAYLOAD_BYTES / 2 : MANY_ENTRIES);
          const { header } = successResponse(request, SESSION_ID, payload);
          socket.write(frameHead(header, payload.length));
          socket.write(payload);
          return;
        }
        const { header, payload } = successResponse(
          request,
          SESSION_ID,
          functionId === SessionRpcs.getConnections.functionId ? ORDINARY_LIST : undefined,
        );
        socket.write(wrapTcpFrame(encodeFrame(header, payload)));
      },
    });
    socket.on('data', (chunk: Buffer) => splitter.push(chunk));
  });
  return {
    port: server.port,
    queue: (...replies) => queued.push(...replies),
    connections: () => connections,
    logins: () => logins,
    close: server.close,
  };
}

/** Prefix, header and the payload field's tag and length: everything of the frame before its payload. */
function frameHead(header: RawHeader, payloadLength: number): Buffer {
  const headerOnly = encodeFrame(header);
  const lengthBytes: number[] = [];
  for (let n = payloadLength; ; n = Math.floor(n / 128)) {
    if (n < 0x80) {
      lengthBytes.push(n);
      break;
    }
    lengthBytes.push((n & 0x7f) | 0x80);
  }
  const head = Buffer.concat([Buffer.alloc(TCP_PREFIX_LENGTH), headerOnly, Buffer.from([0x12, ...lengthBytes])]);
  writeTcpPrefix(head, head.length - TCP_PREFIX_LENGTH + payloadLength);
  return head;
}
