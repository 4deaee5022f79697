/**
 * Kortex 3 IsAlive on the wire, against a scripted MQTT v5 listener on 127.0.0.1
 * (test/helpers/scriptedBroker.ts): the ping goes out only once the pong subscription is
 * confirmed, concurrent asks share it, it ends with the last ask, and every ask settles at once
 * when the answer cannot come (a refused subscription, a closed or lost link).
 */
import assert from 'node:assert/strict';
import type net from 'node:net';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import {
  PacketType,
  ScriptedBroker,
  connack,
  publish,
  readPublishTopic,
  readSubscribe,
  scriptedBroker,
  suback,
} from '../helpers/scriptedBroker';
import { activeResources, waitFor } from '../helpers/wait';

const PONG = 'services/pong/1';
const PING = 'services/ping/1';
/** Longer than the test's own timeout: an ask that settles did so without waiting for it. */
const NEVER_MS = 20_000;

interface Script {
  /** SUBACK reason code for the pong topic (0: granted). */
  pongCode?: number;
  /** Answer every ping on the pong topic. */
  answer?: boolean;
  /** Hold the pong SUBACK back this long. */
  subAckDelayMs?: number;
}

describe('transport: K3 IsAlive on the wire', function () {
  this.timeout(10000);
  let broker: ScriptedBroker | undefined;
  let transport: MqttTransport | undefined;
  /** What the broker saw and did, in order: "SUBSCRIBE services/pong/1", "SUBACK", "PUBLISH services/ping/1 flags 0", … */
  let log: string[] = [];
  let robotSide: net.Socket | undefined;

  async function connected(script: Script): Promise<MqttTransport> {
    log = [];
    // As a broker does: a pong reaches us only while our subscription to it stands.
    let subscribed = false;
    broker = await scriptedBroker((socket, type, body, flags) => {
      robotSide = socket;
      if (type === PacketType.CONNECT) socket.write(connack('k3-test'));
      if (type === PacketType.SUBSCRIBE) {
        const { packetId, topics } = readSubscribe(body);
        if (!topics.includes(PONG))
          return void socket.write(
            suback(
              packetId,
              topics.map(() => 0),
            ),
          );
        log.push(`SUBSCRIBE ${topics.join(' ')}`);
        setTimeout(() => {
          log.push('SUBACK');
          subscribed = !script.pongCode;
          socket.write(suback(packetId, [script.pongCode ?? 0]));
        }, script.subAckDelayMs ?? 0);
      }
      if (type === PacketType.UNSUBSCRIBE) {
        log.push(`UNSUBSCRIBE ${readSubscribe(body, false).topics.join(' ')}`);
        subscribed = false;
      }
      if (type === PacketType.PUBLISH && readPublishTopic(body) === PING) {
        log.push(`PUBLISH ${PING} flags ${flags}`);
        if (script.answer && subscribed) socket.write(publish(PONG));
      }
    });
    transport = new MqttTransport({ host: '127.0.0.1', port: broker.port });
    transport.on('problem', () => undefined);
    await transport.connect(1000);
    return transport;
  }

  afterEach(async () => {
    await transport?.close(100);
    await broker?.close();
    transport = broker = robotSide = undefined;
  });

  it('pings (QoS 0, not retained) only after the broker confirmed the pong subscription, then unsubscribes and leaves no timer', async () => {
    const t = await connected({ answer: true, subAckDelayMs: 50 });
    const timers = activeResources('Timeout');
    assert.equal(await t.isAlive(1, NEVER_MS), true);
    await waitFor(() => log.length === 4, 'the UNSUBSCRIBE');
    assert.deepEqual(log, [`SUBSCRIBE ${PONG}`, 'SUBACK', `PUBLISH ${PING} flags 0`, `UNSUBSCRIBE ${PONG}`]);
    // Other timers come and go (MQTT.js); the ask's own must not outlive it.
    await waitFor(() => activeResources('Timeout') <= timers, 'no timer left by the ask', 1000);
  });

  it('concurrent asks share one subscription, each sends its ping, one answer settles all', async () => {
    const t = await connected({ answer: true, subAckDelayMs: 50 });
    assert.deepEqual(await Promise.all([t.isAlive(1, NEVER_MS), t.isAlive(1, NEVER_MS), t.isAlive(1, NEVER_MS)]), [true, true, true]);
    await waitFor(() => log.some((l) => l.startsWith('UNSUBSCRIBE')), 'the UNSUBSCRIBE');
    assert.equal(log.filter((l) => l.startsWith('SUBSCRIBE')).length, 1, log.join(', '));
    assert.equal(log.filter((l) => l.startsWith('PUBLISH')).length, 3, log.join(', '));
    assert.equal(log.filter((l) => l.startsWith('UNSUBSCRIBE')).length, 1, log.join(', '));
  });

  it('no answer: false after the wait, and the subscription ends; a later ask subscribes again', async () => {
    const t = await connected({ answer: false });
    assert.equal(await t.isAlive(1, 100), false);
    await waitFor(() => log.includes(`UNSUBSCRIBE ${PONG}`), 'the UNSUBSCRIBE');
    assert.equal(await t.isAlive(1, 100), false);
    assert.equal(log.filter((l) => l.startsWith('SUBSCRIBE')).length, 2, log.join(', '));
  });

  it('an ask that timed out before the broker confirmed the subscription sends no ping', async () => {
    const t = await connected({ answer: true, subAckDelayMs: 150 });
    assert.equal(await t.isAlive(1, 20), false);
    await waitFor(() => log.includes('SUBACK'), 'the late SUBACK');
    // A ping of the late SUBACK would be on the wire before the next ask's SUBSCRIBE.
    assert.equal(await t.isAlive(1, NEVER_MS), true);
    assert.deepEqual(log.slice(0, 4), [`SUBSCRIBE ${PONG}`, `UNSUBSCRIBE ${PONG}`, 'SUBACK', `SUBSCRIBE ${PONG}`]);
  });

  it('a refused pong subscription: every waiting ask is false at once, and the first sends no ping', async () => {
    const t = await connected({ pongCode: 0x87, subAckDelayMs: 50 });
    assert.deepEqual(await Promise.all([t.isAlive(1, NEVER_MS), t.isAlive(1, NEVER_MS)]), [false, false]);
    assert.equal(log.filter((l) => l.startsWith('PUBLISH')).length, 1, `only the second ask's own ping: ${log.join(', ')}`);
  });

  it('the link closed or lost while an ask waits: false at once', async () => {
    let t = await connected({ answer: false });
    const closing = t.isAlive(1, NEVER_MS);
    await waitFor(() => log.some((l) => l.startsWith('PUBLISH')), 'the ping');
    await t.close(100);
    assert.equal(await closing, false);
    await broker?.close();
    t = await connected({ answer: false });
    const lost = t.isAlive(1, NEVER_MS);
    await waitFor(() => log.some((l) => l.startsWith('PUBLISH')), 'the ping');
    robotSide?.destroy();
    assert.equal(await lost, false);
  });
});
