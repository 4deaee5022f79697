/**
 * The link's own PUBLISH packets (src/transport/mqtt/publishPacket.ts) against mqtt-packet, the
 * encoder inside MQTT.js: for the same packet, the same bytes. No broker (transport.test.ts sends
 * them through mosquitto).
 */
import assert from 'node:assert/strict';
import { generate, parser } from 'mqtt-packet';
import type { IPublishPacket, Packet } from 'mqtt-packet';
import { buildRequestHeader, decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { packFrameInfo, packServiceInfo } from '../../src/protocol/header';
import { LinkPackets } from '../../src/transport/mqtt/publishPacket';
import { buildPongFrame } from '../../src/transport/mqtt/pong';
import { captures } from '../fixtures/captures';

const RESPONSE_TOPIC = 'res/auto-6D1C7C86-1B67-4D0B-9A39-3E5F0E0B1C2A';

/** What MQTT.js would write for this QoS 0 PUBLISH. */
function mqttJsBytes(topic: string, payload: Buffer, properties?: IPublishPacket['properties']): Buffer {
  return generate({ cmd: 'publish', topic, payload, qos: 0, retain: false, dup: false, properties } as Packet, { protocolVersion: 5 });
}

function parse(bytes: Buffer): IPublishPacket {
  const p = parser({ protocolVersion: 5 });
  const packets: Packet[] = [];
  p.on('packet', (packet: Packet) => packets.push(packet));
  p.on('error', (err: Error) => {
    throw err;
  });
  p.parse(bytes);
  assert.equal(packets.length, 1, 'one whole packet');
  return packets[0] as IPublishPacket;
}

/** The remaining length in a packet's fixed header, as mqtt-packet reads it. */
function remainingLength(bytes: Buffer): number {
  const { length } = parse(bytes);
  assert.ok(length !== undefined, 'a remaining length');
  return length;
}

function request(messageId: number, serviceId: number, functionId: number, payload?: Buffer, deviceId = 0) {
  const header = buildRequestHeader({ sessionId: 0x1234, messageId, serviceId, functionId, payload, deviceId });
  return { header, frame: encodeFrame(header, payload) };
}

describe('K3 PUBLISH packets of the link (no broker)', () => {
  it('a request: as MQTT.js writes it, with Response Topic and the message id as Correlation Data', () => {
    const packets = new LinkPackets(undefined, RESPONSE_TOPIC);
    const { header, frame } = request(0xbeef, 1, 6);
    const bytes = packets.request(header, undefined);
    assert.deepEqual(bytes, mqttJsBytes('req/1/6', frame, { responseTopic: RESPONSE_TOPIC, correlationData: Buffer.from([0xbe, 0xef]) }));
    const parsed = parse(bytes);
    assert.equal(parsed.topic, 'req/1/6');
    assert.deepEqual(parsed.properties?.correlationData, Buffer.from([0xbe, 0xef]));
    assert.deepEqual(Buffer.from(parsed.payload as Buffer), frame);
  });

  it('topics with a namespace and device routing; each request its own correlation data from one cached topic', () => {
    const packets = new LinkPackets('cell-3/arm', RESPONSE_TOPIC);
    const payload = Buffer.from('0a05616c696365', 'hex');
    for (const messageId of [1, 2, 0xffff]) {
      const a = request(messageId, 2, 0x41, payload);
      assert.deepEqual(
        packets.request(a.header, payload),
        mqttJsBytes('cell-3/arm/req/2/65', a.frame, {
          responseTopic: RESPONSE_TOPIC,
          correlationData: Buffer.from([messageId >> 8, messageId & 0xff]),
        }),
      );
      const d = request(messageId, 1, 6, undefined, 7);
      assert.deepEqual(
        packets.request(d.header, undefined),
        mqttJsBytes('cell-3/arm/dev/7/1/6', d.frame, {
          responseTopic: RESPONSE_TOPIC,
          correlationData: Buffer.from([messageId >> 8, messageId & 0xff]),
        }),
      );
    }
  });

  it('lengths of two and three bytes (payloads of 200 and 20,000 bytes)', () => {
    const packets = new LinkPackets('ns', RESPONSE_TOPIC);
    for (const size of [200, 20000]) {
      const payload = Buffer.alloc(size, 0x5a);
      const { header, frame } = request(9, 1, 6, payload);
      assert.deepEqual(
        packets.request(header, payload),
        mqttJsBytes('ns/req/1/6', frame, { responseTopic: RESPONSE_TOPIC, correlationData: Buffer.from([0, 9]) }),
      );
    }
  });

  it('remaining lengths on each side of every boundary of the 1-4 byte length field', () => {
    const packets = new LinkPackets(undefined, RESPONSE_TOPIC);
    const props = (messageId: number) => ({ responseTopic: RESPONSE_TOPIC, correlationData: Buffer.from([0, messageId]) });
    for (const boundary of [0x80, 0x4000, 0x200000]) {
      // The packet's remaining length is the payload's plus a constant near the boundary.
      const probe = request(1, 1, 6, Buffer.alloc(boundary - 100));
      const overhead = remainingLength(packets.request(probe.header, Buffer.alloc(boundary - 100))) - (boundary - 100);
      for (const remaining of [boundary - 1, boundary]) {
        const payload = Buffer.alloc(remaining - overhead, 0x5a);
        const { header, frame } = request(2, 1, 6, payload);
        const bytes = packets.request(header, payload);
        assert.deepEqual(bytes, mqttJsBytes('req/1/6', frame, props(2)), `a remaining length of ${remaining}`);
        assert.equal(remainingLength(bytes), remaining);
      }
    }
  });

  it('requests to the same service on different devices go to their own topics, whatever the service id', () => {
    const packets = new LinkPackets(undefined, RESPONSE_TOPIC);
    for (const serviceId of [1, 0x100, 0xfff]) {
      for (const deviceId of [0, 1, 2]) {
        const { header } = request(3, serviceId, 1, undefined, deviceId);
        assert.equal(
          parse(packets.request(header, undefined)).topic,
          deviceId === 0 ? `req/${serviceId}/1` : `dev/${deviceId}/${serviceId}/1`,
        );
      }
    }
  });

  it('a topic of 65,535 bytes is sent; one byte more is refused, naming its start', () => {
    const longest = 'n'.repeat(65535 - '/req/1/6'.length);
    const { header, frame } = request(4, 1, 6);
    assert.deepEqual(
      new LinkPackets(longest, RESPONSE_TOPIC).request(header, undefined),
      mqttJsBytes(`${longest}/req/1/6`, frame, { responseTopic: RESPONSE_TOPIC, correlationData: Buffer.from([0, 4]) }),
    );
    assert.throws(() => new LinkPackets(`${longest}n`, RESPONSE_TOPIC).request(header, undefined), {
      name: 'RangeError',
      message: `MQTT string of 65536 bytes exceeds 65535: ${'n'.repeat(40)}…`,
    });
  });

  it('a PONG: the captured PONG on pong/<session id>, no properties, as MQTT.js writes it', () => {
    const packets = new LinkPackets('ns', RESPONSE_TOPIC);
    const ping = decodeFrame(captures.k3Ping);
    assert.deepEqual(packets.pong(ping, 51), mqttJsBytes('pong/51', captures.k3Pong));
    // Another session's PONG (after a re-login) on its own topic, with its payload kept.
    const withPayload = decodeFrame(
      encodeFrame(
        { frameInfo: packFrameInfo(1, 7, 0, 0, 0), messageInfo: 0x0007beef, serviceInfo: packServiceInfo(1, 2, 5), payloadInfo: 3 },
        Buffer.from([1, 2, 3]),
      ),
    );
    assert.deepEqual(packets.pong(withPayload, 0x1234), mqttJsBytes(`pong/${0x1234}`, buildPongFrame(withPayload, 0x1234)));
    assert.deepEqual(packets.pong(ping, 51), mqttJsBytes('pong/51', captures.k3Pong));
  });
});
