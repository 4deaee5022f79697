/**
 * The Kortex 3 transport against MQTT v5 listeners on 127.0.0.1 that behave as a broker may and
 * mosquitto does not on demand (test/helpers/scriptedBroker.ts): each failure in words an
 * integrator can act on, and a broker that refuses only the session broadcasts still gives a link.
 */
import assert from 'node:assert/strict';
import type net from 'node:net';
import { encodeFrame } from '../../src/protocol/frame';
import { FrameType, packFrameInfo, packMessageInfo, packServiceInfo } from '../../src/protocol/header';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import {
  PacketHandler,
  PacketType,
  ScriptedBroker,
  connack,
  disconnect,
  publish,
  readPublishTopic,
  readSubscribe,
  scriptedBroker,
  suback,
} from '../helpers/scriptedBroker';
import { freePort } from '../helpers/ports';
import { activeResources, sleep, waitFor } from '../helpers/wait';

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

  async function start(onPacket: PacketHandler, port = 0): Promise<MqttTransport> {
    broker = await scriptedBroker(onPacket, port);
    endpoint = `127.0.0.1:${broker.port}`;
    transport = new MqttTransport({ host: '127.0.0.1', port: broker.port });
    transport.on('problem', (err) => problems.push(err.message));
    return transport;
  }

  /** start() with a granting broker (and `also`), keeping the broker's side of the connection to write on or end. */
  async function startGranting(also?: PacketHandler): Promise<{ t: MqttTransport; robotSide: () => net.Socket }> {
    let side: net.Socket | undefined;
    const t = await start((socket, type, body, flags) => {
      side = socket;
      grantingBroker()(socket, type, body, flags);
      also?.(socket, type, body, flags);
    });
    return {
      t,
      robotSide: () => {
        assert.ok(side, 'the broker has a connection');
        return side;
      },
    };
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
      const { t, robotSide } = await startGranting();
      const down: string[] = [];
      t.on('down', (err) => down.push(err.message));
      await t.connect(1000);
      robotSide().end(disconnect(reasonString ? 0x8b : 0x8e, reasonString));
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

  it('a broker that never answers CONNECT within a timeout over a second: still our "timed out", not the MQTT.js backstop', async () => {
    const t = await start(() => undefined);
    await assert.rejects(t.connect(1100), { message: `connecting to the MQTT broker at ${endpoint} timed out after 1100 ms` });
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

  it('clientId and responseTopic: empty before a link and while the next one connects, the assigned one once up; not connected before the SUBACK', async () => {
    const connectedAtSubscribe: boolean[] = [];
    let ids = 0;
    const t = await start((socket, type, body) => {
      if (type === PacketType.CONNECT) socket.write(connack(`k3-test-${++ids}`));
      if (type === PacketType.SUBSCRIBE) {
        connectedAtSubscribe.push(t.connected);
        const { packetId, topics } = readSubscribe(body);
        socket.write(
          suback(
            packetId,
            topics.map(() => 0),
          ),
        );
      }
    });
    assert.deepEqual([t.clientId, t.responseTopic], ['', 'res/']);
    const timers = activeResources('Timeout');
    await t.connect(10_000);
    assert.deepEqual([t.clientId, t.responseTopic], ['k3-test-1', 'res/k3-test-1']);
    await t.close(100);
    await waitFor(() => activeResources('Timeout') <= timers, 'no timer of the link left (its connect timeout was 10 s)', 500);
    const again = t.connect(1000);
    assert.deepEqual([t.clientId, t.responseTopic], ['', 'res/'], 'nothing of the last link while the next connects');
    await again;
    assert.deepEqual([t.clientId, t.responseTopic], ['k3-test-2', 'res/k3-test-2']);
    assert.deepEqual(connectedAtSubscribe, [false, false], 'not connected between the CONNACK and the SUBACK');
  });

  it('a failed connect leaves no timer and no link behind: no "down", and the next connect meets the broker again', async () => {
    const t = await start((socket, type) => {
      if (type === PacketType.CONNECT) socket.write(connack(undefined));
    });
    const down: Error[] = [];
    t.on('down', (err) => down.push(err));
    const timers = activeResources('Timeout');
    const refused = { message: `the broker at ${endpoint} assigned no client identifier: Kortex 3 needs an MQTT v5 broker` };
    await assert.rejects(t.connect(10_000), refused);
    await waitFor(() => activeResources('Timeout') <= timers, 'no timer of the attempt left (its timeout was 10 s)', 500);
    await assert.rejects(t.connect(1000), refused);
    await sleep(20);
    assert.deepEqual(down, [], 'a link that never came up does not go down');
  });

  it('an abandoned attempt refused after the next one started does not take the next link down', async () => {
    const port = await freePort();
    const t = new MqttTransport({ host: '127.0.0.1', port });
    transport = t;
    const first = assert.rejects(t.connect(1000), { message: /connection refused/ });
    await new Promise((resolve) => process.nextTick(resolve)); // its connect() has gone out to a closed port
    const listening = start(grantingBroker(), port);
    const closed = t.close(1000);
    await listening;
    transport = t;
    await t.connect(1000);
    await first;
    await closed;
    assert.equal(t.connected, true, 'the second link is up');
  });

  it('two responses in one read, the link closed on the first: the second is not delivered', async () => {
    const response = encodeFrame(header(FrameType.Response));
    const { t } = await startGranting((socket, type) => {
      if (type === PacketType.PUBLISH) socket.write(Buffer.concat([publish('res/k3-test', response), publish('res/k3-test', response)]));
    });
    const frames: number[] = [];
    t.on('frame', (f) => {
      frames.push(f.header.frameInfo);
      void t.close(100);
    });
    await t.connect(1000);
    t.send(header(FrameType.Request));
    await waitFor(() => frames.length > 0, 'the first response');
    await sleep(50);
    assert.equal(frames.length, 1);
  });

  it('a ping for a session we left gets no pong; one for ours does', async () => {
    const ping = encodeFrame({ ...header(FrameType.Ping), frameInfo: packFrameInfo(1, FrameType.Ping, 0, 0, 0) });
    const pongs: string[] = [];
    const { t, robotSide } = await startGranting((socket, type, body) => {
      if (type === PacketType.PUBLISH) pongs.push(readPublishTopic(body));
    });
    const answered: number[] = [];
    t.on('ping', (sessionId) => answered.push(sessionId));
    await t.connect(1000);
    t.setSessionId(5);
    t.setSessionId(7);
    robotSide().write(Buffer.concat([publish('ping/5', ping), publish('ping/7', ping)]));
    await waitFor(() => pongs.length > 0, 'the pong');
    await sleep(50);
    assert.deepEqual(pongs, ['pong/7']);
    assert.deepEqual(answered, [7]);
    t.setSessionId(0); // no session: no ping is ours
    robotSide().write(Buffer.concat([publish('ping/0', ping), publish('ping/7', ping)]));
    await sleep(50);
    assert.deepEqual(pongs, ['pong/7']);
  });

  it('a broker that resets the link: the link is down, naming the reset, and no session status arrives after it', async () => {
    const { t, robotSide } = await startGranting();
    const events: string[] = [];
    t.on('down', (err) => events.push(`down: ${err.message}`));
    t.on('sessionBroadcast', (topic) => events.push(topic));
    await t.connect(1000);
    // The second status waits for the gate's 100 ms; the link ends before.
    robotSide().write(Buffer.concat([publish('sessions/status', Buffer.from([8, 1])), publish('sessions/status', Buffer.from([8, 2]))]));
    await waitFor(() => events.length > 0, 'the first status');
    robotSide().resetAndDestroy();
    await waitFor(() => events.length > 1, 'the link down');
    await sleep(150);
    assert.deepEqual(events, ['sessions/status', `down: ${endpoint}: connection reset by the robot`]);
  });

  it('a link that fails while connecting delivers no session status afterwards', async () => {
    const t = await start((socket, type, body) => {
      if (type === PacketType.CONNECT) socket.write(connack('k3-test'));
      if (type === PacketType.SUBSCRIBE) {
        const { packetId, topics } = readSubscribe(body);
        socket.write(publish('sessions/status', Buffer.from([8, 1])));
        socket.write(publish('sessions/status', Buffer.from([8, 2])));
        socket.write(
          suback(
            packetId,
            topics.map((topic) => (topic.startsWith('res/') ? NOT_AUTHORIZED : 0)),
          ),
        );
      }
    });
    const statuses: number[] = [];
    t.on('sessionBroadcast', (_topic, payload) => statuses.push(payload[1]));
    await assert.rejects(t.connect(1000), { message: `the broker at ${endpoint} refused the subscription to res/k3-test` });
    await sleep(150);
    assert.deepEqual(statuses, [1]);
  });

  it('a broker that never answers our SUBSCRIBE: "timed out", and our socket is closed at once', async () => {
    const t = await start((socket, type) => {
      if (type === PacketType.CONNECT) socket.write(connack('k3-test'));
    });
    const sockets = activeResources('TCPSocketWrap');
    await assert.rejects(t.connect(150), { message: `connecting to the MQTT broker at ${endpoint} timed out after 150 ms` });
    // The broker's side of the connection stays open: only ours is counted as gone.
    await waitFor(() => activeResources('TCPSocketWrap') <= sockets, 'our socket closed', 500);
  });

  it('a broker that just hangs up: the link is down, "connection to the MQTT broker at ... was lost"', async () => {
    const { t, robotSide } = await startGranting();
    const down: string[] = [];
    t.on('down', (err) => down.push(err.message));
    await t.connect(1000);
    robotSide().end();
    await waitFor(() => down.length > 0, 'the link down');
    assert.deepEqual(down, [`connection to the MQTT broker at ${endpoint} was lost`]);
  });
});
