/** MqttTransport against a real mosquitto: topics, properties, PING/PONG, IsAlive, link loss. */
import assert from 'node:assert/strict';
import { FrameType, unpackHeader } from '../../src/protocol/header';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { buildRequestHeader, decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import type { Frame } from '../../src/protocol/frame';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { freePort } from '../helpers/ports';
import { sleep, waitFor } from '../helpers/wait';
import { K3World } from './harness';
import { captures } from '../fixtures/captures';

describe('K3 MqttTransport against mosquitto', function () {
  this.timeout(10000);
  let broker: MosquittoBroker;
  const world = new K3World(() => broker);
  const transports: MqttTransport[] = [];

  before(async () => {
    broker = await startMosquitto();
  });
  after(async () => {
    await broker?.dispose();
  });
  afterEach(async () => {
    await Promise.all(transports.splice(0).map((t) => t.close(200)));
    await world.cleanup();
    if (!broker.running) await broker.start();
  });

  async function transport(namespace?: string): Promise<MqttTransport> {
    const t = new MqttTransport({ host: '127.0.0.1', port: broker.port, namespace });
    t.on('problem', () => undefined);
    transports.push(t);
    await t.connect(2000);
    return t;
  }

  it('takes the broker-assigned client id and publishes requests as the vendor client does', async () => {
    const spy = await world.raw();
    await spy.subscribe('req/#');
    const t = await transport();
    assert.match(t.clientId, /^auto-/, 'mosquitto assigns auto-… ids');
    assert.equal(t.responseTopic, `res/${t.clientId}`);
    assert.equal(t.endpoint, `127.0.0.1:${broker.port}`);
    const payload = SessionRpcs.createSession.encodeRequest({
      username: 'admin',
      password: 'admin',
      sessionInactivityTimeout: 10000,
      connectionInactivityTimeout: 2000,
    });
    t.send(buildRequestHeader({ sessionId: 0, messageId: 1, serviceId: 1, functionId: 1, payload }), payload);
    const got = await waitFor(() => spy.inbox.find((m) => m.topic === 'req/1/1'), 'the request on req/1/1');
    assert.deepEqual(got.payload, captures.k3CreateSessionRequest, 'payload = serialized frame, no prefix');
    assert.equal(got.packet.qos, 0);
    assert.equal(got.packet.retain, false);
    assert.equal(got.packet.properties?.responseTopic, `res/${t.clientId}`);
    assert.deepEqual(got.packet.properties?.correlationData, Buffer.from([0, 1]));
  });

  it('emits frames published on res/<clientId>, and a problem for undecodable ones', async () => {
    const t = await transport();
    const raw = await world.raw();
    const frames: Frame[] = [];
    const problems: Error[] = [];
    t.on('frame', (f) => frames.push(f));
    t.on('problem', (e) => problems.push(e));
    await raw.publish(t.responseTopic, Buffer.from('0A0F0D000000131501003300 1D01000110'.replace(/ /g, ''), 'hex'));
    await raw.publish(t.responseTopic, Buffer.from([0x0a, 0x7f, 0x01]));
    await waitFor(() => frames.length === 1 && problems.length === 1, 'one frame and one problem');
    const f = unpackHeader(frames[0].header);
    assert.equal(f.frameType, FrameType.Response);
    assert.equal(f.sessionId, 51);
    assert.match(problems[0].message, /could not be decoded/);
  });

  it('answers the captured PING on ping/51 with the captured PONG on pong/51, and follows session id changes', async () => {
    const t = await transport('ns1');
    const robot = await world.raw();
    await robot.subscribe('pong/#');
    const pings: number[] = [];
    t.on('ping', (sid) => pings.push(sid));
    t.setSessionId(51);
    await sleep(100); // let the SUBSCRIBE to ping/51 reach the broker
    await robot.publish('ping/51', captures.k3Ping);
    const pong = await waitFor(() => robot.inbox.find((m) => m.topic.startsWith('pong/')), 'a PONG');
    assert.equal(pong.topic, 'pong/51', 'no namespace on pong topics');
    assert.deepEqual(pong.payload, captures.k3Pong);
    assert.equal(pong.packet.qos, 0);
    assert.equal(pong.packet.properties?.responseTopic, undefined, 'PONGs carry no properties');
    assert.deepEqual(pings, [51]);

    t.setSessionId(52); // unsubscribes ping/51, subscribes ping/52
    await sleep(100);
    robot.inbox.length = 0;
    await robot.publish('ping/51', captures.k3Ping);
    const ping52 = decodeFrame(captures.k3Ping);
    ping52.header.messageInfo = (52 << 16) | 0x0101;
    await robot.publish('ping/52', encodeFrame(ping52.header, ping52.payload));
    const next = await waitFor(() => robot.inbox.find((m) => m.topic.startsWith('pong/')), 'a PONG for 52');
    assert.equal(next.topic, 'pong/52');
    await sleep(100);
    assert.equal(robot.inbox.length, 1, 'no PONG for the old session');

    t.setSessionId(0);
    await sleep(100);
    robot.inbox.length = 0;
    await robot.publish('ping/52', captures.k3Ping);
    await sleep(150);
    assert.equal(robot.inbox.length, 0, 'no session, no PONG');
  });

  it('a frame on ping/<session> that is no PING is a problem naming its type, topic and broker, and gets no PONG', async () => {
    const t = await transport();
    const robot = await world.raw();
    await robot.subscribe('pong/#');
    const problems: Error[] = [];
    t.on('problem', (err) => problems.push(err));
    t.setSessionId(61);
    await sleep(100); // let the SUBSCRIBE to ping/61 reach the broker
    const notPing = decodeFrame(captures.k3Ping);
    notPing.header.frameInfo = (notPing.header.frameInfo & ~0x0f000000) | (FrameType.Response << 24);
    await robot.publish('ping/61', encodeFrame(notPing.header, notPing.payload));
    await waitFor(() => problems.length > 0, 'a problem');
    assert.equal(problems[0].message, `unexpected frame type ${FrameType.Response} on ping/61 from 127.0.0.1:${broker.port}`);
    // A real PING after it is answered: the wrong one was not.
    await robot.publish('ping/61', captures.k3Ping);
    await waitFor(() => robot.inbox.length > 0, 'a PONG');
    await sleep(50);
    assert.equal(robot.inbox.length, 1, 'one PONG, for the real PING');
  });

  it('prefixes request topics with the namespace', async () => {
    const spy = await world.raw();
    await spy.subscribe('#');
    const t = await transport('ns1');
    assert.equal(t.endpoint, `127.0.0.1:${broker.port}/ns1`);
    t.send(buildRequestHeader({ sessionId: 0, messageId: 7, serviceId: 1, functionId: 6 }));
    const got = await waitFor(() => spy.inbox.find((m) => m.topic.endsWith('req/1/6')), 'the request');
    assert.equal(got.topic, 'ns1/req/1/6', 'the captured namespaced topic');
    assert.deepEqual(got.packet.properties?.correlationData, Buffer.from([0, 7]));
  });

  it('IsAlive: false with no robot, true with one, namespace as a suffix', async () => {
    const t = await transport();
    assert.equal(await t.isAlive(1, 200), false);
    await world.robot();
    assert.equal(await t.isAlive(), true);
    const both = await Promise.all([t.isAlive(1, 500), t.isAlive(1, 500)]);
    assert.deepEqual(both, [true, true]);
    const tn = await transport('ns1');
    assert.equal(await tn.isAlive(1, 200), false, 'robot has no namespace');
    await world.robot({ namespace: 'ns1' });
    assert.equal(await tn.isAlive(1, 1000), true);
  });

  it('emits down once when the broker goes away, never on close()', async () => {
    const t = await transport();
    const quiet = await transport();
    const downs: Error[] = [];
    t.on('down', (e) => downs.push(e));
    let quietDowns = 0;
    quiet.on('down', () => quietDowns++);
    await quiet.close(500);
    assert.equal(quiet.connected, false);
    await broker.stop();
    await waitFor(() => downs.length > 0, 'down');
    await sleep(100);
    assert.equal(downs.length, 1);
    assert.equal(quietDowns, 0);
    assert.equal(t.connected, false);
    assert.throws(() => t.send(buildRequestHeader({ sessionId: 0, messageId: 1, serviceId: 1, functionId: 3 })), /not connected/);
    await t.close(100); // still resolves
    await broker.start();
    await t.connect(2000); // reusable after a loss
    assert.equal(t.connected, true);
  });

  it('rejects connect() clearly when no broker listens', async () => {
    const port = await freePort();
    const t = new MqttTransport({ host: '127.0.0.1', port });
    transports.push(t);
    await assert.rejects(t.connect(1000), /connection refused \(no MQTT broker there/);
    assert.equal(t.connected, false);
  });
});
