/**
 * The Kortex 3 transport's own subscriptions on the wire, against a scripted MQTT v5 listener on
 * 127.0.0.1 (test/helpers/scriptedBroker.ts): notification topics refused, ended and forgotten with
 * their link, and the robot's ping topic following the session id. A frame on our response topic
 * marks the end of what the broker sent, so "nothing came" is read in order, without waiting.
 */
import assert from 'node:assert/strict';
import type net from 'node:net';
import { encodeFrame } from '../../src/protocol/frame';
import type { Frame } from '../../src/protocol/frame';
import { unpackHeader } from '../../src/protocol/header';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import { notificationFrame } from '../helpers/memoryTransport';
import { PacketType, ScriptedBroker, connack, publish, readSubscribe, scriptedBroker, suback } from '../helpers/scriptedBroker';
import { waitFor } from '../helpers/wait';

const BASE = 2;
const ARM_STATE = 0xb0;
const NOT_AUTHORIZED = 0x87;

describe('transport: K3 notification and ping topics on the wire', function () {
  this.timeout(10000);
  let broker: ScriptedBroker | undefined;
  let transport: MqttTransport | undefined;
  let robotSide: net.Socket | undefined;
  /** "SUBSCRIBE t" and "UNSUBSCRIBE t" as the broker got them, our response topic's left out. */
  const log: string[] = [];
  const frames: Frame[] = [];
  const problems: string[] = [];
  let endpoint = '';

  /** A broker that refuses the topics in `refused` (0x87) and grants the rest. */
  async function connected(refused: string[] = []): Promise<MqttTransport> {
    broker = await scriptedBroker((socket, type, body) => {
      robotSide = socket;
      if (type === PacketType.CONNECT) socket.write(connack('k3-test'));
      if (type === PacketType.SUBSCRIBE) {
        const { packetId, topics } = readSubscribe(body);
        if (!topics.includes('res/k3-test')) log.push(`SUBSCRIBE ${topics.join(' ')}`);
        socket.write(
          suback(
            packetId,
            topics.map((topic) => (refused.includes(topic) ? NOT_AUTHORIZED : 0)),
          ),
        );
      }
      if (type === PacketType.UNSUBSCRIBE) log.push(`UNSUBSCRIBE ${readSubscribe(body, false).topics.join(' ')}`);
    });
    endpoint = `127.0.0.1:${broker.port}`;
    transport = new MqttTransport({ host: '127.0.0.1', port: broker.port });
    transport.on('frame', (f) => frames.push(f));
    transport.on('problem', (err) => problems.push(err.message));
    await transport.connect(1000);
    return transport;
  }

  const armState = (value: number): Buffer => wire(notificationFrame(BASE, ARM_STATE, 0, Buffer.from([0x08, value])));
  const wire = (f: Frame): Buffer => encodeFrame(f.header, f.payload);

  /** Sends `bytes` on `topic`, then a marker frame on our response topic; resolves with the payloads of the frames up to the marker. */
  async function publishThenMark(topic: string, bytes: Buffer): Promise<number[][]> {
    frames.length = 0;
    robotSide?.write(publish(topic, bytes));
    robotSide?.write(publish('res/k3-test', wire(notificationFrame(1, 1, 0, Buffer.from([0xff])))));
    await waitFor(() => frames.some((f) => unpackHeader(f.header).serviceId === 1), 'the marker frame');
    return frames.filter((f) => unpackHeader(f.header).serviceId === BASE).map((f) => [...f.payload]);
  }

  afterEach(async () => {
    await transport?.close(100);
    await broker?.close();
    transport = broker = robotSide = undefined;
    log.length = frames.length = problems.length = 0;
  });

  it('a refused notification topic: the error names the broker and the topic, and its frames are not heard', async () => {
    const t = await connected(['notif/2/176']);
    await assert.rejects(t.subscribeNotifications(BASE, ARM_STATE), {
      message: `the broker at ${endpoint} refused the subscription to notif/2/176: Subscribe error: Not authorized`,
    });
    assert.deepEqual(await publishThenMark('notif/2/176', armState(4)), []);
  });

  it('ending a notification topic: frames stop at once, one UNSUBSCRIBE, none for a topic not heard', async () => {
    const t = await connected();
    await t.subscribeNotifications(BASE, ARM_STATE);
    assert.deepEqual(await publishThenMark('notif/2/176', armState(4)), [[0x08, 4]]);
    t.unsubscribeNotifications(BASE, ARM_STATE);
    assert.deepEqual(await publishThenMark('notif/2/176', armState(5)), [], 'not heard while the UNSUBSCRIBE is on its way');
    t.unsubscribeNotifications(BASE, ARM_STATE);
    t.unsubscribeNotifications(BASE, 0xb1);
    await t.subscribeNotifications(BASE, 0xb2); // its SUBSCRIBE follows anything the two calls above sent
    assert.deepEqual(log, ['SUBSCRIBE notif/2/176', 'UNSUBSCRIBE notif/2/176', 'SUBSCRIBE notif/2/178']);
  });

  it('a new link hears none of the old link topics', async () => {
    const t = await connected();
    await t.subscribeNotifications(BASE, ARM_STATE);
    await t.close(100);
    await t.connect(1000);
    assert.deepEqual(await publishThenMark('notif/2/176', armState(4)), []);
  });

  it('the ping topic follows the session id: subscribed, moved, and a refusal is a problem naming it', async () => {
    const t = await connected(['ping/6']);
    t.setSessionId(5);
    t.setSessionId(5);
    t.setSessionId(6);
    await waitFor(() => problems.length > 0, 'the refused ping topic');
    assert.deepEqual(problems, [`could not subscribe to ping/6 on ${endpoint}: Subscribe error: Not authorized`]);
    t.setSessionId(0);
    await t.subscribeNotifications(BASE, ARM_STATE); // a marker on the wire
    assert.deepEqual(log, ['SUBSCRIBE ping/5', 'UNSUBSCRIBE ping/5', 'SUBSCRIBE ping/6', 'UNSUBSCRIBE ping/6', 'SUBSCRIBE notif/2/176']);
  });
});
