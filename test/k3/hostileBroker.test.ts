/**
 * A broker that is not playing fair, on a real socket: it accepts the link like any MQTT v5 broker
 * (CONNACK with an assigned client id, SUBACK), then sends what it likes. The link reads the
 * broker's bytes itself (src/transport/mqtt/packetReader.ts, linkStream.ts).
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { generate } from 'mqtt-packet';
import type { Packet } from 'mqtt-packet';
import { buildRequestHeader, encodeFrame } from '../../src/protocol/frame';
import { FrameType, HEADER_VERSION, packFrameInfo } from '../../src/protocol/header';
import { MQTT_MAX_PACKET_BYTES } from '../../src/protocol/limits';
import { MqttTransport } from '../../src/transport/mqtt/transport';

const V5 = { protocolVersion: 5 } as const;
const CLIENT_ID = 'auto-hostile';

/** Answers CONNECT and each SUBSCRIBE (all granted). */
async function fakeBroker(): Promise<{ server: net.Server; port: number; peer: Promise<net.Socket> }> {
  let resolvePeer: (s: net.Socket) => void = () => undefined;
  const peer = new Promise<net.Socket>((resolve) => (resolvePeer = resolve));
  const server = net.createServer((socket) => {
    let pending = Buffer.alloc(0);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        let remaining = 0;
        let i = 1;
        for (let m = 1; i < pending.length; i++, m *= 128) {
          remaining += ((pending[i] as number) & 0x7f) * m;
          if (((pending[i] as number) & 0x80) === 0) break;
        }
        const total = 1 + i + remaining;
        if (i >= pending.length || pending.length < total) return;
        const packet = pending.subarray(0, total);
        pending = pending.subarray(total);
        const type = (packet[0] as number) >> 4;
        if (type === 1) {
          socket.write(
            generate(
              { cmd: 'connack', sessionPresent: false, reasonCode: 0, properties: { assignedClientIdentifier: CLIENT_ID } } as Packet,
              V5,
            ),
          );
          resolvePeer(socket);
        } else if (type === 8) {
          // SUBSCRIBE: packet id, properties (none from MQTT.js here), then filters (length, topic, options).
          const messageId = packet.readUInt16BE(1 + i);
          let pos = 1 + i + 3;
          const granted: number[] = [];
          while (pos < packet.length) {
            pos += 2 + packet.readUInt16BE(pos) + 1;
            granted.push(0);
          }
          socket.write(generate({ cmd: 'suback', messageId, granted } as Packet, V5));
        }
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as net.AddressInfo).port, peer };
}

describe('K3 link against a hostile broker (raw socket)', function () {
  this.timeout(10000);
  let transport: MqttTransport | undefined;
  let server: net.Server | undefined;

  afterEach(async () => {
    await transport?.close(200);
    transport = undefined;
    server?.close();
    server = undefined;
  });

  it('a packet claiming 16 MiB ends the link from its header alone, saying what was too large', async () => {
    const broker = await fakeBroker();
    server = broker.server;
    transport = new MqttTransport({ host: '127.0.0.1', port: broker.port });
    await transport.connect(3000);
    const socket = await broker.peer;
    const down = once(transport, 'down') as Promise<[Error]>;
    // The header of a PUBLISH of 16 MiB, and a few bytes of it: the rest never comes.
    socket.write(Buffer.concat([Buffer.from([0x30, 0x80, 0x80, 0x80, 0x08]), Buffer.alloc(64)]));
    const [err] = await down;
    assert.equal(
      err.message,
      `127.0.0.1:${broker.port}: the MQTT broker sent a packet of 16777221 bytes, over the Maximum Packet Size of ${MQTT_MAX_PACKET_BYTES} bytes we asked for`,
    );
    assert.equal(transport.connected, false);
  });

  it('a reply that arrives a byte at a time is one frame; a QoS 1 reply still comes through MQTT.js', async () => {
    const broker = await fakeBroker();
    server = broker.server;
    transport = new MqttTransport({ host: '127.0.0.1', port: broker.port });
    await transport.connect(3000);
    const socket = await broker.peer;
    socket.setNoDelay(true);
    const frames: number[] = [];
    transport.on('frame', (frame) => frames.push(frame.header.messageInfo & 0xffff));
    const reply = (messageId: number): Buffer => {
      const header = buildRequestHeader({ sessionId: 1, messageId, serviceId: 1, functionId: 6 });
      header.frameInfo = packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0);
      return encodeFrame(header);
    };
    const slow = generate(
      { cmd: 'publish', topic: `res/${CLIENT_ID}`, payload: reply(41), qos: 0, retain: false, dup: false } as Packet,
      V5,
    );
    for (const byte of slow) {
      socket.write(Buffer.from([byte]));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const atLeastOnce = generate(
      { cmd: 'publish', topic: `res/${CLIENT_ID}`, payload: reply(42), qos: 1, messageId: 3, retain: false, dup: false } as Packet,
      V5,
    );
    socket.write(atLeastOnce);
    const deadline = Date.now() + 3000;
    while (frames.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(frames, [41, 42]);
  });
});
