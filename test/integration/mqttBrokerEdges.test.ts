/**
 * The Kortex 3 transport against MQTT v5 listeners on 127.0.0.1 that behave as a broker may and
 * mosquitto does not on demand (test/helpers/scriptedBroker.ts): each failure in words an
 * integrator can act on, and a broker that refuses only the session broadcasts still gives a link.
 */
import assert from 'node:assert/strict';
import type net from 'node:net';
import { FrameType, packFrameInfo, packMessageInfo, packServiceInfo } from '../../src/protocol/header';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import {
  PacketHandler,
  PacketType,
  ScriptedBroker,
  connack,
  disconnect,
  readSubscribe,
  scriptedBroker,
  suback,
} from '../helpers/scriptedBroker';
import { waitFor } from '../helpers/wait';

const NOT_AUTHORIZED = 0x87;

/** Accepts the CONNECT with client id `k3-test` and answers each SUBSCRIBE with `codeFor(topic)`. */
function grantingBroker(codeFor: (topic: string) => number = () => 0): PacketHandler {
  return (socket, type, body) => {
    if (type === PacketType.CONNECT) socket.write(connack('k3-test'));
    if (type === PacketType.SUBSCRIBE) {
      const { packetId, topics } = readSubscribe(body);
      socket.write(suback(packetId, topics.map(codeFor)));
    }
  };
}

const header = (frameType: FrameType) => ({
  frameInfo: packFrameInfo(1, frameType, 0, 0, 0),
  messageInfo: packMessageInfo(0, 1),
  serviceInfo: packServiceInfo(1, 1, 3),
  payloadInfo: 0,
});

describe('transport: K3 MQTT link against brokers that refuse, in words', function () {
  this.timeout(10000);
  let broker: ScriptedBroker | undefined;
  let transport: MqttTransport | undefined;
  let endpoint = '';
  const problems: string[] = [];

  async function start(onPacket: PacketHandler): Promise<MqttTransport> {
    broker = await scriptedBroker(onPacket);
    endpoint = `127.0.0.1:${broker.port}`;
    transport = new MqttTransport({ host: '127.0.0.1', port: broker.port });
    transport.on('problem', (err) => problems.push(err.message));
    return transport;
  }

  afterEach(async () => {
    await transport?.close(100);
    await broker?.close();
    transport = broker = undefined;
    problems.length = 0;
  });

  it('a broker that assigns no client identifier: "Kortex 3 needs an MQTT v5 broker"', async () => {
    const t = await start((socket, type) => {
      if (type === PacketType.CONNECT) socket.write(connack(undefined));
    });
    await assert.rejects(t.connect(1000), {
      message: `the broker at ${endpoint} assigned no client identifier: Kortex 3 needs an MQTT v5 broker`,
    });
    assert.equal(t.connected, false);
  });

  it('a broker that refuses our response topic: the link fails, naming the topic', async () => {
    const t = await start(grantingBroker((topic) => (topic.startsWith('res/') ? NOT_AUTHORIZED : 0)));
    await assert.rejects(t.connect(1000), { message: `the broker at ${endpoint} refused the subscription to res/k3-test` });
    assert.equal(t.connected, false);
  });

  it('a broker that refuses only the session broadcasts: the link is up, one problem says lists come by polling', async () => {
    // 0x80, unspecified error, is a refusal too.
    const t = await start(grantingBroker((topic) => ({ 'sessions/status': NOT_AUTHORIZED, 'sessions/killed': 0x80 })[topic] ?? 0));
    await t.connect(1000);
    assert.equal(t.connected, true);
    assert.deepEqual(problems, [
      `the broker at ${endpoint} refused the subscription to sessions/status and sessions/killed: session lists come by polling only`,
    ]);
  });

  it('a broker that disconnects us: the link is down with its reason string, or its reason code', async () => {
    for (const [reasonString, words] of [
      ['server shutting down', 'server shutting down'],
      [undefined, 'reason code 142'],
    ] as const) {
      let robotSide: net.Socket | undefined;
      const t = await start((socket, type, body, flags) => {
        robotSide = socket;
        grantingBroker()(socket, type, body, flags);
      });
      const down: string[] = [];
      t.on('down', (err) => down.push(err.message));
      await t.connect(1000);
      robotSide?.end(disconnect(reasonString ? 0x8b : 0x8e, reasonString));
      await waitFor(() => down.length > 0, 'the link down');
      assert.deepEqual(down, [`the MQTT broker at ${endpoint} disconnected us (${words})`]);
      await t.close(100);
      await broker?.close();
    }
  });

  it('a broker that never answers CONNECT: "timed out after N ms"; one that hangs up: "closed while connecting"', async () => {
    let t = await start(() => undefined);
    await assert.rejects(t.connect(150), { message: `connecting to the MQTT broker at ${endpoint} timed out after 150 ms` });
    await broker?.close();
    t = await start((socket) => socket.destroy());
    await assert.rejects(t.connect(1000), { message: `connection to the MQTT broker at ${endpoint} closed while connecting` });
  });

  it('a second connect, and a frame or a notification topic before the link is up, are refused naming the broker', async () => {
    const t = await start(grantingBroker());
    assert.throws(() => t.send(header(FrameType.Request)), { message: `not connected to ${endpoint}` });
    await assert.rejects(t.subscribeNotifications(1, 2), { message: `not connected to ${endpoint}` });
    assert.equal(await t.isAlive(1, 100), false);
    await t.connect(1000);
    await assert.rejects(t.connect(1000), { message: `already connected to ${endpoint}` });
    assert.equal(t.connected, true, 'the first link stays up');
    assert.throws(() => t.send(header(FrameType.Response)), { message: 'the MQTT transport sends REQUEST frames only (got frame type 3)' });
  });
});
