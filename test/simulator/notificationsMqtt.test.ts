/**
 * The simulated Kortex 3 robot's services and notifications on a real mosquitto, driven by raw MQTT
 * v5 peers with frames built from src/protocol (not our session client): requests on
 * `<ns>/req/<svc>/<fn>`, IsAlive per served service, and one NOTIFICATION broadcast per change on
 * `<ns>/notif/2/176` while a session subscribes (docs/protocol.md, "Notifications").
 */
import assert from 'node:assert/strict';
import { BaseRpcs, armStateTopic } from '../../src/protocol/base/rpcs';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { FrameType } from '../../src/protocol/header';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { sleep, waitFor } from '../helpers/wait';
import { RawK3Peer } from './rawK3Peer';

const NS = 'cell1';
const BASE = 2;
const ARM_TOPIC_FN = 0xb0;
const NOTIF_TOPIC = `${NS}/notif/${BASE}/${ARM_TOPIC_FN}`;
const CLOCK_MS = 1_700_000_123_456;

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
    const p = await RawK3Peer.connect(broker as MosquittoBroker, NS);
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
    const ha = await a.subscribeTopic(BaseRpcs.onNotificationArmStateTopic);
    const hb = await b.subscribeTopic(BaseRpcs.onNotificationArmStateTopic);
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

    await a.subscribeTopic(BaseRpcs.onNotificationArmStateTopic);
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
    await b.subscribeTopic(BaseRpcs.onNotificationArmStateTopic);
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
