/**
 * The simulated Kortex 3 robot's services and notifications on a real mosquitto, driven by raw MQTT
 * v5 peers with frames built from src/protocol (not our session client): requests on
 * `<ns>/req/<svc>/<fn>`, IsAlive per served service, and one NOTIFICATION broadcast per change on
 * `<ns>/notif/2/176` while a session subscribes (docs/protocol.md, "Notifications").
 */
import assert from 'node:assert/strict';
import { connect } from 'mqtt';
import type { MqttClient } from 'mqtt';
import { BaseRpcs, armStateTopic } from '../../src/protocol/base/rpcs';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { encodeRequestFrame, decodeFrame } from '../../src/protocol/frame';
import { FrameType, HeaderFields, unpackHeader } from '../../src/protocol/header';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { sleep, waitFor } from '../helpers/wait';

const NS = 'cell1';
const BASE = 2;
const ARM_TOPIC_FN = 0xb0;
const NOTIF_TOPIC = `${NS}/notif/${BASE}/${ARM_TOPIC_FN}`;
const CLOCK_MS = 1_700_000_123_456;

interface Received {
  topic: string;
  fields: HeaderFields;
  payload: Buffer;
}

/** One MQTT v5 peer speaking Kortex 3 by hand. */
class RawK3Peer {
  readonly inbox: Received[] = [];
  sessionId = 0;
  private messageId = 1;

  private constructor(
    readonly client: MqttClient,
    readonly clientId: string,
  ) {
    client.on('message', (topic, payload) => {
      try {
        const frame = decodeFrame(payload);
        this.inbox.push({ topic, fields: unpackHeader(frame.header), payload: frame.payload });
      } catch {
        this.inbox.push({ topic, fields: unpackHeader({ frameInfo: 0, messageInfo: 0, serviceInfo: 0, payloadInfo: 0 }), payload });
      }
    });
  }

  static async connect(broker: MosquittoBroker): Promise<RawK3Peer> {
    const client = connect({
      host: broker.host,
      port: broker.port,
      protocolVersion: 5,
      clientId: '',
      clean: true,
      reconnectPeriod: 0,
      connectTimeout: 3000,
    });
    client.on('error', () => undefined);
    const clientId = await new Promise<string>((resolve, reject) => {
      client.once('connect', (connack) => resolve(connack.properties?.assignedClientIdentifier ?? ''));
      client.once('close', () => reject(new Error('raw MQTT peer could not connect')));
    });
    const peer = new RawK3Peer(client, clientId);
    await peer.subscribe(`res/${clientId}`);
    return peer;
  }

  subscribe(topic: string): Promise<void> {
    return new Promise((resolve, reject) => this.client.subscribe(topic, { qos: 0 }, (err) => (err ? reject(err) : resolve())));
  }

  publish(topic: string, payload: Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.client.publish(topic, payload, { qos: 0 }, (err) => (err ? reject(err) : resolve())));
  }

  /** One request on `<ns>/req/<svc>/<fn>`; resolves with its reply, or null after `timeoutMs`. */
  async request(serviceId: number, functionId: number, payload?: Uint8Array, timeoutMs = 2000): Promise<Received | null> {
    const messageId = this.messageId++;
    const frame = encodeRequestFrame({ sessionId: this.sessionId, messageId, serviceId, functionId, payload });
    const correlationData = Buffer.from([messageId >> 8, messageId & 0xff]);
    await new Promise<void>((resolve, reject) =>
      this.client.publish(
        `${NS}/req/${serviceId}/${functionId}`,
        frame,
        { qos: 0, properties: { responseTopic: `res/${this.clientId}`, correlationData } },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const reply = this.inbox.find((m) => m.topic === `res/${this.clientId}` && m.fields.messageId === messageId);
      if (reply) {
        if (reply.fields.errorCode === 0) this.sessionId = reply.fields.sessionId;
        return reply;
      }
      await sleep(5);
    }
    return null;
  }

  async call(serviceId: number, functionId: number, payload?: Uint8Array): Promise<Received> {
    const r = await this.request(serviceId, functionId, payload);
    if (!r) throw new Error(`no reply to service ${serviceId} function ${functionId}`);
    return r;
  }

  async login(user = 'admin'): Promise<void> {
    const r = await this.call(
      1,
      1,
      SessionRpcs.createSession.encodeRequest({
        username: user,
        password: user,
        sessionInactivityTimeout: 10000,
        connectionInactivityTimeout: 2000,
      }),
    );
    assert.equal(r.fields.errorCode, 0);
  }

  /** Subscribes the session to the arm state topic (and MQTT-subscribes the broadcast); returns the handle. */
  async subscribeArmState(): Promise<number> {
    await this.subscribe(NOTIF_TOPIC);
    const r = await this.call(BASE, ARM_TOPIC_FN, BaseRpcs.onNotificationArmStateTopic.encodeRequest({ type: 'NOTIFICATION_TYPE_EVENT' }));
    assert.equal(r.fields.errorCode, 0);
    return BaseRpcs.onNotificationArmStateTopic.decodeResponse(r.payload).identifier;
  }

  on(topic: string): Received[] {
    return this.inbox.filter((m) => m.topic === topic);
  }

  end(): Promise<void> {
    return new Promise((resolve) => this.client.end(true, {}, () => resolve()));
  }
}

describe('simulator services and notifications over MQTT (raw peers, mosquitto)', function () {
  this.timeout(20000);
  let broker: MosquittoBroker | undefined;
  let sim: RunningSimulator | undefined;
  const peers: RawK3Peer[] = [];

  before(async function () {
    broker = await startMosquitto();
  });
  after(async function () {
    await broker?.dispose();
  });
  afterEach(async function () {
    await Promise.all(peers.splice(0).map((p) => p.end()));
    await sim?.close();
    sim = undefined;
  });

  async function start(options: Partial<StartSimulatorOptions> = {}): Promise<RunningSimulator> {
    sim = await startSimulator({
      generation: 'k3',
      transport: 'mqtt',
      broker: broker?.url,
      namespace: NS,
      now: () => CLOCK_MS,
      ...options,
    });
    return sim;
  }

  async function peer(): Promise<RawK3Peer> {
    const p = await RawK3Peer.connect(broker as MosquittoBroker);
    peers.push(p);
    return p;
  }

  it('GetArmState, then one NOTIFICATION broadcast per change on <ns>/notif/2/176 (session and message id 0), however many sessions subscribe', async function () {
    const robot = await start();
    const a = await peer();
    const b = await peer();
    const spy = await peer();
    await spy.subscribe(NOTIF_TOPIC);
    await a.login();
    await b.login('operator');
    const state = await a.call(BASE, BaseRpcs.getArmState.functionId);
    assert.equal(BaseRpcs.getArmState.decodeResponse(state.payload).activeState, 'ARMSTATE_SERVOING_READY');
    const ha = await a.subscribeArmState();
    const hb = await b.subscribeArmState();
    assert.notEqual(ha, hb);

    robot.setArmState('ARMSTATE_IN_FAULT');
    robot.setArmState('ARMSTATE_IN_FAULT'); // no change
    robot.setArmState('ARMSTATE_MAINTENANCE');
    await waitFor(
      () => spy.on(NOTIF_TOPIC).length >= 2 && a.on(NOTIF_TOPIC).length >= 2 && b.on(NOTIF_TOPIC).length >= 2,
      'the notifications',
    );
    await sleep(100); // nothing more comes
    const seen = spy.on(NOTIF_TOPIC);
    assert.equal(seen.length, 2, 'one broadcast per change, not one per subscriber');
    for (const n of seen) {
      const f = n.fields;
      assert.deepEqual(
        [
          f.headerVersion,
          f.frameType,
          f.deviceId,
          f.errorCode,
          f.serviceVersion,
          f.serviceId,
          f.functionId,
          f.sessionId,
          f.messageId,
          f.payloadLength,
        ],
        [1, FrameType.Notification, 0, 0, 1, BASE, ARM_TOPIC_FN, 0, 0, n.payload.length],
      );
    }
    assert.deepEqual(
      seen.map((n) => armStateTopic.decodeNotification(n.payload)),
      [
        // K3's shape: generic_info (4), not K2's timestamp (2) and connection (3).
        { activeState: 'ARMSTATE_IN_FAULT', genericInfo: { severity: 'NOTIF_ERROR', timestamp: { sec: 1_700_000_123, usec: 456_000 } } },
        { activeState: 'ARMSTATE_MAINTENANCE', genericInfo: { severity: 'NOTIF_INFO', timestamp: { sec: 1_700_000_123, usec: 456_000 } } },
      ],
    );
    assert.equal(a.on(NOTIF_TOPIC).length, 2);
    assert.equal(b.on(NOTIF_TOPIC).length, 2);
  });

  it('nothing is published while no session subscribes; a subscription without Unsubscribe lives until its session ends', async function () {
    const robot = await start();
    const spy = await peer();
    await spy.subscribe(`${NS}/notif/#`);
    const a = await peer();
    await a.login();
    robot.setArmState('ARMSTATE_IN_FAULT'); // nobody subscribed: not published

    await a.subscribeArmState();
    await a.client.unsubscribeAsync(NOTIF_TOPIC); // what Kinova's client does over MQTT: no Unsubscribe RPC
    robot.setArmState('ARMSTATE_MAINTENANCE');
    await waitFor(() => spy.inbox.length >= 1, 'the broadcast');
    assert.deepEqual(
      spy.inbox.map((n) => armStateTopic.decodeNotification(n.payload).activeState),
      ['ARMSTATE_MAINTENANCE'],
      "the first change was never published (mosquitto keeps one publisher's order)",
    );

    assert.equal((await a.call(1, 2)).fields.errorCode, 0, 'CloseSession');
    assert.equal(robot.model.serviceContext.notifications.size, 0);
    robot.setArmState('ARMSTATE_SERVOING_READY'); // the session ended: not published
    const b = await peer();
    await b.login();
    await b.subscribeArmState();
    robot.setArmState('ARMSTATE_IDLE');
    await waitFor(() => spy.inbox.length >= 2, 'the next broadcast');
    assert.deepEqual(
      spy.inbox.map((n) => armStateTopic.decodeNotification(n.payload).activeState),
      ['ARMSTATE_MAINTENANCE', 'ARMSTATE_IDLE'],
    );
  });

  it('IsAlive is answered for every served service', async function () {
    await start();
    const p = await peer();
    for (const svc of [1, BASE]) {
      await p.subscribe(`services/pong/${svc}/${NS}`);
      await p.publish(`services/ping/${svc}/${NS}`, Buffer.alloc(0));
      await waitFor(() => p.on(`services/pong/${svc}/${NS}`).length === 1, `the pong of service ${svc}`);
    }
  });

  it("services: ['session']: no IsAlive for Base, and its requests answer UNSUPPORTED_SERVICE", async function () {
    await start({ services: ['session'] });
    const p = await peer();
    await p.login();
    await p.subscribe(`services/pong/+/${NS}`);
    await p.publish(`services/ping/${BASE}/${NS}`, Buffer.alloc(0));
    await p.publish(`services/ping/1/${NS}`, Buffer.alloc(0));
    await waitFor(() => p.on(`services/pong/1/${NS}`).length === 1, 'the Session pong');
    await sleep(100);
    assert.equal(p.on(`services/pong/${BASE}/${NS}`).length, 0);
    const r = await p.call(BASE, BaseRpcs.getArmState.functionId);
    assert.deepEqual([r.fields.errorCode, r.fields.errorSubCode], [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.UNSUPPORTED_SERVICE]);
  });
});
