/**
 * The link's reader of the broker's bytes (src/transport/mqtt/packetReader.ts): packets made by
 * mqtt-packet (MQTT.js's encoder), cut at every place a TCP segment could end; and the bounds,
 * checked from the fixed header before a byte of the body is held. No broker (hostileBroker.test.ts
 * runs it on a socket).
 */
import assert from 'node:assert/strict';
import { generate } from 'mqtt-packet';
import type { Packet } from 'mqtt-packet';
import { MqttPacketReader } from '../../src/transport/mqtt/packetReader';

const V5 = { protocolVersion: 5 } as const;

type Seen = { publish: [string, string] } | { other: string } | { fail: string };

function reader(maxPacketBytes = 1024): { reader: MqttPacketReader; seen: Seen[] } {
  const seen: Seen[] = [];
  return {
    seen,
    reader: new MqttPacketReader(maxPacketBytes, {
      // The payload is a view into the chunk: read it during the call, as the link does.
      publish: (topic, payload) => seen.push({ publish: [topic, payload.toString('hex')] }),
      other: (packet) => seen.push({ other: packet.toString('hex') }),
      fail: (err) => seen.push({ fail: err.message }),
    }),
  };
}

const connack = generate(
  { cmd: 'connack', sessionPresent: false, reasonCode: 0, properties: { assignedClientIdentifier: 'auto-1' } } as Packet,
  V5,
);
const reply = generate(
  {
    cmd: 'publish',
    topic: 'res/auto-1',
    payload: Buffer.from('0102030405', 'hex'),
    qos: 0,
    retain: false,
    dup: false,
    properties: { correlationData: Buffer.from([0, 7]), userProperties: { a: 'b' } },
  } as Packet,
  V5,
);
const notification = generate(
  { cmd: 'publish', topic: 'notif/2/65', payload: Buffer.alloc(300, 0xab), qos: 0, retain: false, dup: false } as Packet,
  V5,
);
// Properties of 200 bytes: their length takes two bytes.
const longProperties = generate(
  {
    cmd: 'publish',
    topic: 'notif/2/66',
    payload: Buffer.from('c0ffee', 'hex'),
    qos: 0,
    retain: false,
    dup: false,
    properties: { userProperties: { origin: 'x'.repeat(190) } },
  } as Packet,
  V5,
);
// A SUBACK's packet identifier and reason code would read as a topic length and a topic.
const subscribed = generate({ cmd: 'suback', messageId: 1, granted: [0] } as Packet, V5);
const empty = generate({ cmd: 'publish', topic: 'ping/9', payload: Buffer.alloc(0), qos: 0, retain: false, dup: false } as Packet, V5);
const atLeastOnce = generate(
  { cmd: 'publish', topic: 'res/auto-1', payload: Buffer.from('ff', 'hex'), qos: 1, messageId: 5, retain: false, dup: false } as Packet,
  V5,
);
const exactlyOnce = generate(
  { cmd: 'publish', topic: 'notif/2/65', payload: Buffer.from('ee', 'hex'), qos: 2, messageId: 6, retain: false, dup: false } as Packet,
  V5,
);
const pingresp = generate({ cmd: 'pingresp' } as Packet, V5);
const stream = Buffer.concat([connack, subscribed, reply, notification, longProperties, atLeastOnce, empty, exactlyOnce, pingresp]);

const expected: Seen[] = [
  { other: connack.toString('hex') },
  { other: subscribed.toString('hex') },
  { publish: ['res/auto-1', '0102030405'] },
  { publish: ['notif/2/65', 'ab'.repeat(300)] },
  { publish: ['notif/2/66', 'c0ffee'] },
  { other: atLeastOnce.toString('hex') },
  { publish: ['ping/9', ''] },
  { other: exactlyOnce.toString('hex') },
  { other: pingresp.toString('hex') },
];

describe('K3 reader of the broker bytes (no broker)', () => {
  it('takes out the QoS 0 PUBLISH packets (topic, payload after the properties) and passes every other packet on whole, in order', () => {
    const { reader: r, seen } = reader();
    r.push(stream);
    assert.deepEqual(seen, expected);
  });

  it('reads the same wherever the stream is cut: byte by byte, and at every single cut', () => {
    const bytewise = reader();
    for (let i = 0; i < stream.length; i++) bytewise.reader.push(stream.subarray(i, i + 1));
    assert.deepEqual(bytewise.seen, expected);
    for (let cut = 1; cut < stream.length; cut++) {
      const { reader: r, seen } = reader();
      r.push(stream.subarray(0, cut));
      r.push(stream.subarray(cut));
      assert.deepEqual(seen, expected, `cut at byte ${cut}`);
    }
  });

  it('a packet longer than the Maximum Packet Size fails the stream from its fixed header alone, once; nothing after it is read', () => {
    const { reader: r, seen } = reader(1024);
    r.push(reply);
    // PUBLISH claiming 16 MiB: only its fixed header has arrived.
    r.push(Buffer.from([0x30, 0x80, 0x80, 0x80, 0x08]));
    assert.deepEqual(seen.slice(1), [
      { fail: 'the MQTT broker sent a packet of 16777221 bytes, over the Maximum Packet Size of 1024 bytes we asked for' },
    ]);
    r.push(Buffer.alloc(4096));
    r.push(reply);
    assert.equal(seen.length, 2);
  });

  it('a packet of exactly the Maximum Packet Size is read', () => {
    const { reader: r, seen } = reader(notification.length);
    r.push(notification);
    assert.deepEqual(seen, [expected[3]]);
  });

  it('a remaining length that runs past four bytes is malformed', () => {
    const { reader: r, seen } = reader();
    r.push(Buffer.from([0xd0, 0x80, 0x80]));
    r.push(Buffer.from([0x80, 0x80, 0x01]));
    assert.deepEqual(seen, [{ fail: 'the MQTT broker sent a packet whose remaining length runs past 4 bytes (malformed)' }]);
  });

  it('a PUBLISH it cannot read (empty topic of a Topic Alias, topic or properties past the end, a properties length of 5 bytes) goes on whole to MQTT.js', () => {
    const aliasOnly = Buffer.from([0x30, 0x07, 0x00, 0x00, 0x03, 0x23, 0x00, 0x01, 0xaa]);
    const topicPastEnd = Buffer.from([0x30, 0x04, 0x00, 0x09, 0x61, 0x62]);
    const propertiesPastEnd = Buffer.from([0x30, 0x05, 0x00, 0x01, 0x61, 0x09, 0x00]);
    const noRoomForTopicLength = Buffer.from([0x30, 0x01, 0x00]);
    const propertiesLengthOf5Bytes = Buffer.from([0x30, 0x09, 0x00, 0x01, 0x61, 0x80, 0x80, 0x80, 0x80, 0x00, 0xaa]);
    for (const packet of [aliasOnly, topicPastEnd, propertiesPastEnd, noRoomForTopicLength, propertiesLengthOf5Bytes]) {
      const { reader: r, seen } = reader();
      r.push(packet);
      assert.deepEqual(seen, [{ other: packet.toString('hex') }], packet.toString('hex'));
    }
  });
});
