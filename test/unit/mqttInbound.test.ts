/**
 * What the Kortex 3 transport lets through from the broker, where anyone may publish
 * (docs/session-status.md, "Bounds"; docs/protocol.md, "Notifications"): a reply up to the size
 * limit and not a byte more, problems that say which topic and broker, status lists at once after a
 * quiet spell and coalesced under a flood, and at most 64 `sessions/killed` a second, counted
 * afresh each second. The end-to-end floods over mosquitto: test/k3/broadcastLimits.test.ts.
 */
import assert from 'node:assert/strict';
import { encodeFrame } from '../../src/protocol/frame';
import { FrameType, HEADER_VERSION, RawHeader, packFrameInfo, packMessageInfo, packServiceInfo } from '../../src/protocol/header';
import { MAX_BROADCAST_BYTES, MAX_SESSION_REPLY_BYTES } from '../../src/protocol/limits';
import { KILLED_PER_SECOND, SessionBroadcastGate, SessionBroadcastTopic } from '../../src/transport/mqtt/broadcasts';
import { readInboundFrame } from '../../src/transport/mqtt/inbound';
import { activeResources, sleep } from '../helpers/wait';

const EP = '10.0.0.7:1883';
const TOPIC = 'res/client-1';

function reply(payloadLength: number): Buffer {
  const header: RawHeader = {
    frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
    messageInfo: packMessageInfo(3, 9),
    serviceInfo: packServiceInfo(1, 1, 4),
    payloadInfo: payloadLength,
  };
  const empty = encodeFrame(header, Buffer.alloc(1)).length - 1 - 2;
  // The payload field's length varint grows with the payload: aim at a frame of `payloadLength` bytes in all.
  const body = payloadLength - empty - 1 - (payloadLength >= 2 ** 14 ? 3 : 2);
  return encodeFrame(header, Buffer.alloc(body, 7));
}

describe('transport: a Kortex 3 message read within bounds', () => {
  it('a reply of exactly the limit is read; one byte more fails only its call (named by its header)', () => {
    const atLimit = reply(MAX_SESSION_REPLY_BYTES);
    assert.equal(atLimit.length, MAX_SESSION_REPLY_BYTES);
    const read = readInboundFrame(TOPIC, atLimit, EP);
    assert.ok('frame' in read, JSON.stringify(Object.keys(read)));
    const over = reply(MAX_SESSION_REPLY_BYTES + 1);
    assert.equal(over.length, MAX_SESSION_REPLY_BYTES + 1);
    const skipped = readInboundFrame(TOPIC, over, EP);
    assert.ok('oversize' in skipped);
    assert.equal(skipped.oversize.messageInfo, packMessageInfo(3, 9));
    assert.equal(skipped.length, MAX_SESSION_REPLY_BYTES + 1);
  });

  it('an oversized message that is no frame, and a frame that does not decode, are problems naming the topic and the broker', () => {
    const junk = readInboundFrame(TOPIC, Buffer.alloc(MAX_SESSION_REPLY_BYTES + 5, 0x41), EP);
    assert.ok('problem' in junk);
    assert.equal(
      junk.problem.message,
      `Kortex frame could not be decoded: dropped a message of ${MAX_SESSION_REPLY_BYTES + 5} bytes, over the limit of ${MAX_SESSION_REPLY_BYTES} (topic ${TOPIC} on ${EP})`,
    );
    const cut = readInboundFrame(TOPIC, Buffer.from([0x0a]), EP);
    assert.ok('problem' in cut);
    assert.equal(cut.problem.message, `Kortex frame could not be decoded: truncated varint (topic ${TOPIC} on ${EP})`);
    // Those problems come without a stack (a flood of them costs no stack walks); later errors keep theirs.
    assert.match(new Error('later').stack ?? '', /\n\s+at /);
  });
});

describe('transport: the gate of sessions/status and sessions/killed', () => {
  function gate(intervalMs = 100) {
    const delivered: Array<[SessionBroadcastTopic, string]> = [];
    const problems: string[] = [];
    const g = new SessionBroadcastGate(
      (topic, payload) => delivered.push([topic, payload.toString()]),
      (err) => problems.push(err.message),
      intervalMs,
    );
    return { g, delivered, problems };
  }
  const gates: SessionBroadcastGate[] = [];
  afterEach(() => {
    for (const g of gates.splice(0)) g.stop();
  });

  it('a status list after a quiet spell goes on at once; a flood is coalesced to the latest, which always arrives', async () => {
    const { g, delivered } = gate(100);
    gates.push(g);
    g.offer('sessions/status', Buffer.from('first'), EP);
    assert.deepEqual(delivered, [['sessions/status', 'first']], 'at once, before offer returned');
    const timers = activeResources('Timeout');
    for (let i = 0; i < 50; i++) g.offer('sessions/status', Buffer.from(`flood ${i}`), EP);
    assert.equal(delivered.length, 1);
    assert.equal(activeResources('Timeout'), timers + 1, 'one timer holds the flood');
    await sleep(250);
    assert.deepEqual(delivered, [
      ['sessions/status', 'first'],
      ['sessions/status', 'flood 49'],
    ]);
  });

  it('a list held when the link ends is dropped with its timer', async () => {
    const { g, delivered } = gate(100);
    g.offer('sessions/status', Buffer.from('first'), EP);
    g.offer('sessions/status', Buffer.from('held'), EP);
    g.stop();
    await sleep(200);
    assert.deepEqual(delivered, [['sessions/status', 'first']]);
  });

  it(`passes at most ${KILLED_PER_SECOND} sessions/killed a second, says so once, and counts afresh the next second`, async function () {
    this.timeout(5000);
    const { g, delivered, problems } = gate();
    gates.push(g);
    for (let i = 0; i < KILLED_PER_SECOND + 10; i++) g.offer('sessions/killed', Buffer.from(`kill ${i}`), EP);
    assert.equal(delivered.length, KILLED_PER_SECOND);
    assert.deepEqual(problems, [
      `more than ${KILLED_PER_SECOND} sessions/killed broadcasts within a second: the rest of this second's are dropped (from the broker at ${EP})`,
    ]);
    await sleep(1050);
    g.offer('sessions/killed', Buffer.from('next second'), EP);
    assert.deepEqual(delivered.at(-1), ['sessions/killed', 'next second']);
  });

  it('a broadcast over the size limit is dropped undecoded and reported', () => {
    const { g, delivered, problems } = gate();
    gates.push(g);
    g.offer('sessions/killed', Buffer.alloc(MAX_BROADCAST_BYTES + 1), EP);
    assert.deepEqual(delivered, []);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0],
      new RegExp(
        `^sessions/killed broadcast of .* \\(${MAX_BROADCAST_BYTES + 1} bytes\\) exceeds .*: dropped \\(from the broker at ${EP}\\)$`,
      ),
    );
  });
});
