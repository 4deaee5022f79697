/**
 * The link's own stream to the broker (src/transport/mqtt/linkStream.ts, packetReader.ts) on a real
 * socket, against a scripted MQTT v5 listener (test/helpers/scriptedBroker.ts) that accepts the link
 * like any broker and then does what mosquitto never does on demand: a packet over the Maximum
 * Packet Size, a reply a byte at a time, a burst of QoS 1 replies, not reading for a while.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { generate } from 'mqtt-packet';
import type { Packet } from 'mqtt-packet';
import { buildRequestHeader, decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { FrameType, HEADER_VERSION, packFrameInfo } from '../../src/protocol/header';
import { MQTT_MAX_PACKET_BYTES } from '../../src/protocol/limits';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import { PacketType, ScriptedBroker, connack, scriptedBroker, subackAll } from '../helpers/scriptedBroker';

const V5 = { protocolVersion: 5 } as const;
const CLIENT_ID = 'auto-hostile';

/** A broker that accepts the link and every subscription; `publishes` gets each PUBLISH body from the link. */
async function acceptingBroker(publishes?: (body: Buffer) => void): Promise<{ broker: ScriptedBroker; peer: Promise<net.Socket> }> {
  let resolvePeer: (s: net.Socket) => void = () => undefined;
  const peer = new Promise<net.Socket>((resolve) => (resolvePeer = resolve));
  const broker = await scriptedBroker((socket, type, body) => {
    if (type === PacketType.CONNECT) {
      socket.write(connack(CLIENT_ID));
      resolvePeer(socket);
    } else if (type === PacketType.SUBSCRIBE) {
      socket.write(subackAll(body));
    } else if (type === PacketType.PUBLISH) publishes?.(body);
  });
  return { broker, peer };
}

function replyFrame(messageId: number, payload?: Uint8Array): Buffer {
  const header = buildRequestHeader({ sessionId: 1, messageId, serviceId: 1, functionId: 6, payload });
  header.frameInfo = packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0);
  return encodeFrame(header, payload);
}

function replyPacket(messageId: number, qos: 0 | 1, payload?: Uint8Array): Buffer {
  return generate(
    {
      cmd: 'publish',
      topic: `res/${CLIENT_ID}`,
      payload: replyFrame(messageId, payload),
      qos,
      messageId,
      retain: false,
      dup: false,
    } as Packet,
    V5,
  );
}

/** The Kortex frame inside a PUBLISH body from the link: topic, properties, then the frame. */
function frameOfPublish(body: Buffer): Buffer {
  let at = 2 + body.readUInt16BE(0);
  let propertiesLength = 0;
  for (let shift = 0; ; shift += 7) {
    const b = body[at++] as number;
    propertiesLength |= (b & 0x7f) << shift;
    if (b < 0x80) break;
  }
  return body.subarray(at + propertiesLength);
}

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('K3 link against a scripted broker (raw socket)', function () {
  this.timeout(20000);
  let transport: MqttTransport | undefined;
  let broker: ScriptedBroker | undefined;

  afterEach(async () => {
    await transport?.close(200);
    transport = undefined;
    await broker?.close();
    broker = undefined;
  });

  async function link(publishes?: (body: Buffer) => void): Promise<net.Socket> {
    const accepting = await acceptingBroker(publishes);
    broker = accepting.broker;
    transport = new MqttTransport({ host: '127.0.0.1', port: broker.port });
    await transport.connect(3000);
    return accepting.peer;
  }

  it('a packet claiming 16 MiB ends the link from its header alone, saying what was too large', async () => {
    const socket = await link();
    const down = once(transport as MqttTransport, 'down') as Promise<[Error]>;
    // The header of a PUBLISH of 16 MiB, and a few bytes of it: the rest never comes.
    socket.write(Buffer.concat([Buffer.from([0x30, 0x80, 0x80, 0x80, 0x08]), Buffer.alloc(64)]));
    const [err] = await down;
    assert.equal(
      err.message,
      `127.0.0.1:${broker?.port}: the MQTT broker sent a packet of 16777221 bytes, over the Maximum Packet Size of ${MQTT_MAX_PACKET_BYTES} bytes we asked for`,
    );
    assert.equal(transport?.connected, false);
  });

  it('a reply that arrives a byte at a time is one frame; a QoS 1 reply still comes through MQTT.js', async () => {
    const socket = await link();
    socket.setNoDelay(true);
    const frames: number[] = [];
    transport?.on('frame', (frame) => frames.push(frame.header.messageInfo & 0xffff));
    for (const byte of replyPacket(41, 0)) {
      socket.write(Buffer.from([byte]));
      await new Promise((resolve) => setImmediate(resolve));
    }
    socket.write(replyPacket(42, 1));
    await until(() => frames.length === 2, 'two frames');
    assert.deepEqual(frames, [41, 42]);
  });

  it('a burst of 3,000 QoS 1 replies mixed with QoS 0 ones: every frame, in order, and the link stays up', async () => {
    const socket = await link();
    const frames: number[] = [];
    transport?.on('frame', (frame) => frames.push(frame.header.messageInfo & 0xffff));
    const ids = Array.from({ length: 3000 }, (_, i) => i + 1);
    socket.write(Buffer.concat(ids.map((id) => replyPacket(id, id % 3 === 0 ? 0 : 1))));
    await until(() => frames.length === ids.length, `${ids.length} frames (have ${frames.length})`);
    assert.deepEqual(frames, ids);
    assert.equal(transport?.connected, true);
  });

  it('close(): a DISCONNECT, then the link ends its side of the connection at once, not at the bound close() is given', async () => {
    const socket = await link();
    let finished = false;
    socket.once('end', () => (finished = true));
    const closing = (transport as MqttTransport).close(10_000);
    transport = undefined;
    await until(() => finished, "the link's FIN", 2000);
    await closing;
    assert.equal(broker?.received.at(-1), PacketType.DISCONNECT);
  });

  it('a link lost while UNSUBSCRIBEs wait for their UNSUBACK: down once, and no problem (the session and its subscriptions end with the connection)', async () => {
    const socket = await link();
    const t = transport as MqttTransport;
    const problems: string[] = [];
    t.on('problem', (err) => problems.push(err.message));
    const count = (type: number): number => broker?.received.filter((r) => r === type).length ?? 0;
    t.setSessionId(1);
    await t.subscribeNotifications(1, 6);
    await until(() => count(PacketType.SUBSCRIBE) === 3, 'the ping and notification SUBSCRIBEs');
    // The broker never answers these.
    t.setSessionId(2);
    t.unsubscribeNotifications(1, 6);
    await until(() => count(PacketType.UNSUBSCRIBE) === 2, 'both UNSUBSCRIBEs');
    const downs: Error[] = [];
    t.on('down', (err) => downs.push(err));
    const down = once(t, 'down');
    socket.destroy();
    await down;
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(downs.length, 1);
    assert.deepEqual(problems, []);
  });

  it('QoS 1 replies of 20 KiB back to back, more than MQTT.js takes in at once: every frame, in order', async () => {
    const socket = await link();
    const frames: number[] = [];
    transport?.on('frame', (frame) => frames.push(frame.header.messageInfo & 0xffff));
    const payload = Buffer.alloc(20 * 1024, 0x3c);
    const ids = Array.from({ length: 64 }, (_, i) => i + 1);
    socket.write(Buffer.concat(ids.map((id) => replyPacket(id, 1, payload))));
    await until(() => frames.length === ids.length, `${ids.length} frames (have ${frames.length})`);
    assert.deepEqual(frames, ids);
  });

  it('a broker that stops reading: requests wait for the socket, then all arrive whole and in order, and the next one too', async () => {
    const heard: number[] = [];
    const socket = await link((body) => heard.push(decodeFrame(frameOfPublish(body)).header.messageInfo & 0xffff));
    socket.pause();
    // 16 MiB of requests against a broker that reads nothing: far more than the socket buffers hold.
    const payload = Buffer.alloc(64 * 1024, 0x5a);
    const ids = Array.from({ length: 256 }, (_, i) => i + 1);
    const request = (messageId: number): void =>
      transport?.send(buildRequestHeader({ sessionId: 1, messageId, serviceId: 1, functionId: 6, payload }), payload);
    for (const messageId of ids) request(messageId);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(heard.length < ids.length, `the broker read nothing yet, heard ${heard.length}`);
    socket.resume();
    await until(() => heard.length === ids.length, `${ids.length} requests (have ${heard.length})`, 15000);
    assert.deepEqual(heard, ids);
    // The stream still writes after waiting for the socket.
    request(257);
    await until(() => heard.length === ids.length + 1, 'one more request');
    assert.equal(transport?.connected, true);
  });
});
