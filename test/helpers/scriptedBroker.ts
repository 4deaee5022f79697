/**
 * An MQTT v5 listener on 127.0.0.1 that answers as a test scripts it: what a broker may do that
 * mosquitto does not do on demand (a CONNACK without an assigned client id, a SUBACK refusing some
 * topics, a DISCONNECT with a reason, no answer at all). It reads whole packets and hands each to
 * `onPacket`; the packet builders below write the answers byte by byte (MQTT 5.0, chapter 3).
 */
import net from 'node:net';
import tls from 'node:tls';

export const PacketType = { CONNECT: 1, PUBLISH: 3, SUBSCRIBE: 8, UNSUBSCRIBE: 10, PINGREQ: 12, DISCONNECT: 14 } as const;

export interface ScriptedBroker {
  port: number;
  /** Packet types received, in order (PacketType). */
  readonly received: number[];
  close(): Promise<void>;
}

/** `flags` are the fixed header's low four bits (for a PUBLISH: DUP, QoS, RETAIN). */
export type PacketHandler = (socket: net.Socket, type: number, body: Buffer, flags: number) => void;

/** Listens on `port` (default: a free one); MQTT over TLS with `tlsOptions` (the socket is then a tls.TLSSocket). */
export async function scriptedBroker(onPacket: PacketHandler, port = 0, tlsOptions?: tls.TlsOptions): Promise<ScriptedBroker> {
  const received: number[] = [];
  const sockets = new Set<net.Socket>();
  const accept = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    let pending = Buffer.alloc(0);
    // Chunks are joined only once the packet they belong to is whole: megabytes cost no quadratic copying.
    let chunks: Buffer[] = [];
    let chunkBytes = 0;
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      chunkBytes += chunk.length;
      if (pending.length + chunkBytes < (packetSize(pending) ?? 0)) return;
      pending = Buffer.concat([pending, ...chunks]);
      chunks = [];
      chunkBytes = 0;
      for (let packet = nextPacket(pending); packet; packet = nextPacket(pending)) {
        pending = pending.subarray(packet.size);
        received.push(packet.type);
        if (packet.type === PacketType.PINGREQ) socket.write(Buffer.from([0xd0, 0x00]));
        else onPacket(socket, packet.type, packet.body, packet.flags);
      }
    });
  };
  const server = tlsOptions ? tls.createServer(tlsOptions, accept) : net.createServer(accept);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The fixed header's length and the packet's size, once the fixed header is there. */
function packetSize(bytes: Buffer): number | undefined {
  return fixedHeader(bytes)?.size;
}

function fixedHeader(bytes: Buffer): { headerLength: number; size: number } | undefined {
  let length = 0;
  for (let i = 1; i <= 4 && i < bytes.length; i++) {
    length |= (bytes[i] & 0x7f) << (7 * (i - 1));
    if (bytes[i] < 0x80) return { headerLength: i + 1, size: i + 1 + length };
  }
  return undefined;
}

function nextPacket(bytes: Buffer): { type: number; flags: number; body: Buffer; size: number } | undefined {
  const header = fixedHeader(bytes);
  if (!header || bytes.length < header.size) return undefined;
  return { type: bytes[0] >> 4, flags: bytes[0] & 0x0f, body: bytes.subarray(header.headerLength, header.size), size: header.size };
}

function varint(n: number): number[] {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n > 0);
  return out;
}

function packet(first: number, body: number[]): Buffer {
  return Buffer.from([first, ...varint(body.length), ...body]);
}

function stringProperty(id: number, text: string): number[] {
  const bytes = [...Buffer.from(text, 'utf8')];
  return [id, bytes.length >> 8, bytes.length & 0xff, ...bytes];
}

/** CONNACK, success; with the Assigned Client Identifier property unless `assignedClientId` is undefined. */
export function connack(assignedClientId: string | undefined): Buffer {
  const properties = assignedClientId === undefined ? [] : stringProperty(0x12, assignedClientId);
  return packet(0x20, [0x00, 0x00, ...varint(properties.length), ...properties]);
}

/** The packet id and topic filters of a SUBSCRIBE body (or an UNSUBSCRIBE's, `withOptions` false). */
export function readSubscribe(body: Buffer, withOptions = true): { packetId: number; topics: string[] } {
  let at = 2;
  let propertiesLength = 0;
  for (let shift = 0; ; shift += 7) {
    const b = body[at++];
    propertiesLength |= (b & 0x7f) << shift;
    if (b < 0x80) break;
  }
  at += propertiesLength;
  const topics: string[] = [];
  while (at < body.length) {
    const length = body.readUInt16BE(at);
    topics.push(body.toString('utf8', at + 2, at + 2 + length));
    at += 2 + length + (withOptions ? 1 : 0); // the subscription options byte
  }
  return { packetId: body.readUInt16BE(0), topics };
}

/** The topic of a PUBLISH body. */
export function readPublishTopic(body: Buffer): string {
  return body.toString('utf8', 2, 2 + body.readUInt16BE(0));
}

/** A PUBLISH at QoS 0 from the broker, without properties. */
export function publish(topic: string, payload: Buffer = Buffer.alloc(0)): Buffer {
  const name = [...Buffer.from(topic, 'utf8')];
  return packet(0x30, [name.length >> 8, name.length & 0xff, ...name, 0x00, ...payload]);
}

/** SUBACK with one reason code per topic (0: granted QoS 0, 0x87: not authorized). */
export function suback(packetId: number, reasonCodes: number[]): Buffer {
  return packet(0x90, [packetId >> 8, packetId & 0xff, 0x00, ...reasonCodes]);
}

/** The SUBACK that grants every topic filter of a SUBSCRIBE body, at QoS 0. */
export function subackAll(subscribeBody: Buffer): Buffer {
  const { packetId, topics } = readSubscribe(subscribeBody);
  return suback(
    packetId,
    topics.map(() => 0),
  );
}

/** DISCONNECT from the broker with a reason code and, when given, a Reason String. */
export function disconnect(reasonCode: number, reasonString?: string): Buffer {
  const properties = reasonString === undefined ? [] : stringProperty(0x1f, reasonString);
  return packet(0xe0, [reasonCode, ...varint(properties.length), ...properties]);
}
