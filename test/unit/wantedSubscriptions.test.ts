/**
 * The seam for notifications at the client (src/client/session/subscriptions.ts): wanted topics are
 * kept above the link, counted per owner, replayed exactly once after each login and before the
 * session is reported open; a failed replay is a problem, not a lost link; an owner that leaves and
 * comes back within the grace period (a redeploy) costs the robot no unsubscribe and no subscribe.
 * The robot is played by hand over an in-memory transport, so every frame the client sends is seen.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import { getArmState, stopWatchingArmState, watchArmState } from '../../src/client/services/base/armState';
import type { ArmStateNotificationJson } from '../../src/client/services/base/armState';
import { BaseRpcs, armStateTopic, baseRpc } from '../../src/protocol/base/rpcs';
import { notificationTopic, subscribeRpc } from '../../src/protocol/rpcCodecs';
import { MAX_NOTIFICATION_HANDLES } from '../../src/client/link/notifications';
import { KortexError } from '../../src/client/core/errors';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { ManualClock } from '../helpers/manualClock';
import { MemoryTransport, SentFrame, notificationFrame, reply } from '../helpers/memoryTransport';

const SUBSCRIBE = BaseRpcs.onNotificationArmStateTopic;
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const inFault = armStateTopic.encodeNotification({ activeState: 'ARMSTATE_IN_FAULT' });

interface Robot {
  client: KortexSessionClient;
  transports: MemoryTransport[];
  /** State events and frames sent, in the order they happened. */
  log: string[];
  problems: Error[];
}

function robot(graceMs = 5000, clock?: ManualClock): Robot {
  const transports: MemoryTransport[] = [];
  const log: string[] = [];
  const problems: Error[] = [];
  const client = new KortexSessionClient({
    host: 'memory',
    port: 1,
    transport: 'tcp',
    username: 'admin',
    password: 'admin',
    keepAliveIntervalMs: 0,
    closeTimeoutMs: 100,
    reconnectInitialDelayMs: 1,
    reconnectMaxDelayMs: 1,
    subscriptionGraceMs: graceMs,
    random: () => 0.5,
    ...(clock ? { clock } : {}),
    transportFactory: () => {
      const t = new MemoryTransport(false);
      const send = t.send.bind(t);
      t.send = (header, payload) => {
        send(header, payload);
        const s = t.sent[t.sent.length - 1];
        log.push(`sent ${(s.header.serviceInfo >>> 16) & 0xfff}/${s.functionId}`);
      };
      transports.push(t);
      return t;
    },
  });
  client.on('state', (e) => log.push(`state ${e.state}`));
  client.on('problem', (e) => problems.push(e));
  return { client, transports, log, problems };
}

/** The frames sent on `t` that call `rpc`. */
const sentOf = (t: MemoryTransport, rpc: { serviceId: number; functionId: number }): SentFrame[] =>
  t.sent.filter((s) => ((s.header.serviceInfo >>> 16) & 0xfff) === rpc.serviceId && s.functionId === rpc.functionId);

/** Plays the robot's side of a login on the newest transport, answering the arm state subscription with `handle`. */
async function login(r: Robot, handle: number | 'refuse' | 'silent'): Promise<MemoryTransport> {
  const loggingIn = (): MemoryTransport | undefined => {
    const t = r.transports[r.transports.length - 1];
    return t && sentOf(t, SessionRpcs.createSession).length > 0 && sentOf(t, SUBSCRIBE).length === 0 ? t : undefined;
  };
  for (let waited = 0; !loggingIn() && waited < 1000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
  const t = loggingIn() as MemoryTransport;
  t.emit('frame', reply(sentOf(t, SessionRpcs.createSession)[0], { sessionId: 5 }));
  await settle();
  const subscribe = sentOf(t, SUBSCRIBE)[0];
  if (subscribe && handle !== 'silent') {
    r.log.push('robot answers 2/176');
    t.emit(
      'frame',
      handle === 'refuse'
        ? reply(subscribe, { sessionId: 5, error: [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.UNSUPPORTED_SERVICE, 'no Base here'] })
        : reply(subscribe, { sessionId: 5, payload: String.fromCharCode(0x08, handle) }),
    );
  }
  await settle();
  return t;
}

describe('wanted subscriptions (the session client over an in-memory robot)', () => {
  let current: Robot | undefined;
  afterEach(async () => {
    await current?.client.close();
    current = undefined;
  });

  it('two owners share one robot subscription, replayed once after each login and before "open"; each owner gets its own copy', async () => {
    const r = (current = robot());
    const a: ArmStateNotificationJson[] = [];
    const b: ArmStateNotificationJson[] = [];
    watchArmState(r.client, 'node-a', (n) => a.push(n));
    watchArmState(r.client, 'node-b', (n) => b.push(n));
    r.client.start();
    const t1 = await login(r, 7);
    assert.deepEqual(r.log, ['state connecting', 'state authenticating', 'sent 1/1', 'sent 2/176', 'robot answers 2/176', 'state open']);
    assert.deepEqual(
      sentOf(t1, SUBSCRIBE)[0].payload,
      Buffer.from(SUBSCRIBE.encodeRequest({ type: 'NOTIFICATION_TYPE_EVENT' }) ?? []),
      'subscribed for events',
    );
    t1.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, inFault));
    assert.deepEqual(
      a.map((n) => n.activeState),
      ['ARMSTATE_IN_FAULT'],
    );
    assert.deepEqual(b, a);
    assert.notEqual(a[0], b[0], 'each owner its own object');

    // The link is lost: the next login subscribes again, once, and only the new handle delivers.
    r.log.length = 0;
    t1.emit('down', new Error('reset by peer'));
    const t2 = await login(r, 9);
    assert.deepEqual(
      r.log.filter((l) => l !== 'state reconnecting'),
      ['state connecting', 'state authenticating', 'sent 1/1', 'sent 2/176', 'robot answers 2/176', 'state open'],
    );
    assert.equal(sentOf(t2, SUBSCRIBE).length, 1);
    t2.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, inFault)); // the old link's handle
    assert.equal(a.length, 1);
    assert.equal(r.client.droppedNotifications, 1);
    t2.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 9, inFault));
    assert.equal(a.length, 2);
    assert.equal(b.length, 2);
  });

  it(`wants at most ${MAX_NOTIFICATION_HANDLES} topics at once: one more is refused, naming the limit, the call and the robot, and nothing changes`, () => {
    const r = (current = robot());
    const topic = (n: number) =>
      notificationTopic(`Topic${n}`, subscribeRpc(baseRpc(`OnNotificationTopic${n}`, 0x200 + n)), BaseRpcs.unsubscribe, {
        encode: () => new Uint8Array(0),
        decode: () => ({}),
      });
    for (let n = 0; n < MAX_NOTIFICATION_HANDLES; n++) r.client.subscribe(topic(n), 'node', () => undefined);
    r.client.subscribe(topic(0), 'another node', () => undefined); // a topic already wanted is no new one
    assert.throws(
      () => r.client.subscribe(topic(MAX_NOTIFICATION_HANDLES), 'node', () => undefined),
      (e: KortexError) =>
        e.code === 'QUEUE_FULL' &&
        e.message ===
          `OnNotificationTopic${MAX_NOTIFICATION_HANDLES} on memory:1: more than ${MAX_NOTIFICATION_HANDLES} notification topics wanted at once`,
    );
  });

  it('a forged notification (no live handle) is dropped and counted, and reaches no listener', async () => {
    const r = (current = robot());
    const got: ArmStateNotificationJson[] = [];
    watchArmState(r.client, 'node-a', (n) => got.push(n));
    r.client.start();
    const t = await login(r, 7);
    t.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 8, inFault));
    t.emit('frame', notificationFrame(1, SUBSCRIBE.functionId, 7, inFault));
    assert.deepEqual(got, []);
    assert.equal(r.client.droppedNotifications, 2);
  });

  it('a notification that cannot be decoded is a problem naming its topic; the next one still arrives', async () => {
    const r = (current = robot());
    const got: ArmStateNotificationJson[] = [];
    watchArmState(r.client, 'node-a', (n) => got.push(n));
    r.client.start();
    const t = await login(r, 7);
    t.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, Buffer.from([0x0a, 0x05, 0x01])));
    t.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, inFault));
    assert.deepEqual(
      r.problems.map((p) => p.message),
      ['on memory:1: a ArmState notification could not be decoded: index out of range: 2 + 5 > 3'],
    );
    assert.deepEqual(
      got.map((n) => n.activeState),
      ['ARMSTATE_IN_FAULT'],
    );
  });

  it('a refused replay is a problem event; the session opens all the same and calls work', async () => {
    const r = (current = robot());
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    const t = await login(r, 'refuse');
    assert.equal(r.client.state, 'open');
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /OnNotificationArmStateTopic .*UNSUPPORTED_SERVICE/);
    const call = getArmState(r.client);
    await settle();
    const sent = sentOf(t, BaseRpcs.getArmState)[0];
    assert.equal((sent.header.serviceInfo >>> 16) & 0xfff, 2, 'the call carries its own service id');
    t.emit('frame', reply(sent, { sessionId: 5, payload: String.fromCharCode(0x08, 0x07) }));
    assert.equal((await call).payload.activeState, 'ARMSTATE_SERVOING_READY');
  });

  it('a first owner while open subscribes at once; the last owner leaving (not removed) waits the grace period, and one coming back costs the robot nothing', async () => {
    const clock = new ManualClock();
    const r = (current = robot(200, clock));
    r.client.start();
    const t = await login(r, 0);
    assert.equal(sentOf(t, SUBSCRIBE).length, 0, 'nothing wanted, nothing subscribed');
    watchArmState(r.client, 'node-a', () => undefined);
    await settle();
    const subscribe = sentOf(t, SUBSCRIBE);
    assert.equal(subscribe.length, 1);
    t.emit('frame', reply(subscribe[0], { sessionId: 5, payload: String.fromCharCode(0x08, 7) }));
    await settle();
    // A redeploy: the node closes and its successor (same id) registers again within the grace period.
    stopWatchingArmState(r.client, 'node-a', false);
    await clock.advance(150);
    watchArmState(r.client, 'node-a', () => undefined);
    await clock.advance(1000);
    assert.equal(sentOf(t, SUBSCRIBE).length, 1, 'no second subscribe');
    assert.equal(sentOf(t, BaseRpcs.unsubscribe).length, 0, 'no unsubscribe');
    // Closed and not back: Kortex 2 tells the robot once the grace period is over.
    stopWatchingArmState(r.client, 'node-a', false);
    await clock.advance(199);
    assert.equal(sentOf(t, BaseRpcs.unsubscribe).length, 0, 'not before the grace period is over');
    await clock.advance(1);
    assert.equal(sentOf(t, BaseRpcs.unsubscribe).length, 1);
    // Its close is bounded on the same clock.
    const closed = r.client.close();
    await clock.advance(1000);
    await closed;
    current = undefined;
  });

  it('an owner removed for good unsubscribes at once (Kortex 2: Unsubscribe with the handle)', async () => {
    const r = (current = robot());
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    const t = await login(r, 7);
    stopWatchingArmState(r.client, 'node-a', true);
    await settle();
    assert.equal(sentOf(t, BaseRpcs.unsubscribe).length, 1);
    t.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, inFault));
    assert.equal(r.client.droppedNotifications, 1, 'nothing is delivered after the unsubscribe');
  });

  it('a second owner while the subscribe is on its way sends no second one; one owner leaving for good leaves the other its notifications', async () => {
    const r = (current = robot());
    r.client.start();
    const t = await login(r, 0);
    const a: ArmStateNotificationJson[] = [];
    const b: ArmStateNotificationJson[] = [];
    watchArmState(r.client, 'node-a', (n) => a.push(n));
    watchArmState(r.client, 'node-b', (n) => b.push(n));
    await settle();
    assert.equal(sentOf(t, SUBSCRIBE).length, 1);
    t.emit('frame', reply(sentOf(t, SUBSCRIBE)[0], { sessionId: 5, payload: String.fromCharCode(0x08, 7) }));
    await settle();
    stopWatchingArmState(r.client, 'node-a', true);
    await settle();
    assert.equal(sentOf(t, BaseRpcs.unsubscribe).length, 0, 'node-b still wants it');
    t.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, inFault));
    assert.deepEqual([a.length, b.length], [0, 1]);
  });

  it('client.unsubscribe without `removed` means removed for good: Unsubscribe at once, no grace period', async () => {
    const r = (current = robot(5000));
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    const t = await login(r, 7);
    r.client.unsubscribe(armStateTopic, 'node-a');
    await settle();
    assert.deepEqual(
      sentOf(t, BaseRpcs.unsubscribe).map((s) => s.payload),
      [Buffer.from(BaseRpcs.unsubscribe.encodeRequest({ identifier: 7 }) ?? [])],
    );
  });

  it('a grace period of 0: the last owner leaving (not removed) unsubscribes at once, without a timer', async () => {
    const clock = new ManualClock();
    const r = (current = robot(0, clock));
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    const t = await login(r, 7);
    stopWatchingArmState(r.client, 'node-a', false);
    await settle();
    assert.equal(sentOf(t, BaseRpcs.unsubscribe).length, 1);
    const closed = r.client.close();
    await clock.advance(1000);
    await closed;
    current = undefined;
  });

  it('the subscribe answered after its last owner left for good: the robot is told Unsubscribe with that handle, nothing is delivered', async () => {
    const r = (current = robot());
    r.client.start();
    const t = await login(r, 0);
    const got: ArmStateNotificationJson[] = [];
    watchArmState(r.client, 'node-a', (n) => got.push(n));
    await settle();
    stopWatchingArmState(r.client, 'node-a', true);
    await settle();
    assert.equal(sentOf(t, BaseRpcs.unsubscribe).length, 0, 'no handle yet');
    t.emit('frame', reply(sentOf(t, SUBSCRIBE)[0], { sessionId: 5, payload: String.fromCharCode(0x08, 7) }));
    await settle();
    assert.deepEqual(
      sentOf(t, BaseRpcs.unsubscribe).map((s) => s.payload),
      [Buffer.from(BaseRpcs.unsubscribe.encodeRequest({ identifier: 7 }) ?? [])],
    );
    t.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, inFault));
    assert.deepEqual(got, []);
  });

  it('closing the client ends a grace period that is running: no timer is left behind', async () => {
    const clock = new ManualClock();
    const r = (current = robot(5000, clock));
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    await login(r, 7);
    stopWatchingArmState(r.client, 'node-a', false);
    const closed = r.client.close();
    await clock.advance(1000); // the close's own bound (closeTimeoutMs 100), not the grace period
    await closed;
    current = undefined;
    assert.equal(r.client.state, 'closed');
    assert.equal(clock.pending, 0);
  });

  it('a refused Unsubscribe is a problem event; one lost because the client closed is not', async () => {
    const r = (current = robot());
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    const t = await login(r, 7);
    stopWatchingArmState(r.client, 'node-a', true);
    await settle();
    t.emit(
      'frame',
      reply(sentOf(t, BaseRpcs.unsubscribe)[0], {
        sessionId: 5,
        error: [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.INVALID_PARAM, 'no such handle'],
      }),
    );
    await settle();
    assert.deepEqual(
      r.problems.map((p) => p.message),
      ['Unsubscribe on memory:1: ERROR_PROTOCOL_SERVER/INVALID_PARAM (robot says: no such handle)'],
    );
    watchArmState(r.client, 'node-a', () => undefined);
    await settle();
    t.emit('frame', reply(sentOf(t, SUBSCRIBE)[1], { sessionId: 5, payload: String.fromCharCode(0x08, 8) }));
    await settle();
    stopWatchingArmState(r.client, 'node-a', true);
    await settle();
    assert.equal(sentOf(t, BaseRpcs.unsubscribe).length, 2);
    await r.client.close(); // the second Unsubscribe is never answered
    current = undefined;
    assert.equal(r.problems.length, 1);
  });

  it('a subscribe lost with its link, or cut short by a close, is no problem event: the next login subscribes again', async () => {
    const r = (current = robot());
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    const t1 = await login(r, 'silent');
    assert.equal(sentOf(t1, SUBSCRIBE).length, 1);
    t1.emit('down', new Error('reset by peer'));
    await settle();
    const t2 = await login(r, 'silent');
    assert.equal(sentOf(t2, SUBSCRIBE).length, 1, 'replayed on the next login');
    await r.client.close();
    current = undefined;
    assert.deepEqual(r.problems, []);
  });

  it('after a refused replay, the next owner of the topic tries the subscribe again on the same link', async () => {
    const r = (current = robot());
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    const t1 = await login(r, 7);
    t1.emit('down', new Error('reset by peer'));
    const t2 = await login(r, 'refuse');
    assert.equal(r.client.state, 'open');
    watchArmState(r.client, 'node-b', () => undefined);
    await settle();
    assert.equal(sentOf(t2, SUBSCRIBE).length, 2);
  });

  it('a link lost while the notifications were being opened (Kortex 3 subscribes its topic): after a refused replay, the next owner subscribes again', async () => {
    const r = (current = robot());
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    // The robot's answer comes, but opening the topic waits (a broker's SUBACK) while the link goes down.
    let opened!: () => void;
    const held = new Promise<void>((resolve) => (opened = resolve));
    const holding = (async () => {
      for (let waited = 0; r.transports.length === 0 && waited < 1000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
      r.transports[0].subscribeNotifications = () => held;
    })();
    await holding;
    const t1 = await login(r, 7);
    t1.emit('down', new Error('reset by peer'));
    opened();
    await settle();
    const t2 = await login(r, 'refuse');
    watchArmState(r.client, 'node-b', () => undefined);
    await settle();
    assert.equal(sentOf(t2, SUBSCRIBE).length, 2);
  });

  for (const answer of ['a handle', 'a refusal'] as const) {
    it(`an answer for a released link that comes while the next login subscribes again leaves that subscribe alone: the owner gone, the new link's answer (${answer}) is handled`, async () => {
      const clock = new ManualClock(); // the release's CloseSession wait runs on it, so the old link stays until the test moves it
      const r = (current = robot(5000, clock));
      r.client.start();
      const t1 = await login(r, 0);
      watchArmState(r.client, 'node-a', () => undefined);
      await settle();
      const oldSubscribe = sentOf(t1, SUBSCRIBE)[0];
      const released = r.client.release();
      r.client.acquire();
      const t2 = await login(r, 'silent');
      stopWatchingArmState(r.client, 'node-a', true);
      t1.emit('frame', reply(oldSubscribe, { sessionId: 5, payload: String.fromCharCode(0x08, 7) }));
      await settle();
      const newSubscribe = sentOf(t2, SUBSCRIBE)[0];
      if (answer === 'a handle') {
        t2.emit('frame', reply(newSubscribe, { sessionId: 5, payload: String.fromCharCode(0x08, 8) }));
        await settle();
        assert.deepEqual(
          sentOf(t2, BaseRpcs.unsubscribe).map((s) => s.payload),
          [Buffer.from(BaseRpcs.unsubscribe.encodeRequest({ identifier: 8 }) ?? [])],
        );
      } else {
        t2.emit(
          'frame',
          reply(newSubscribe, { sessionId: 5, error: [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.UNSUPPORTED_SERVICE, 'no Base here'] }),
        );
        await settle();
        assert.deepEqual(
          r.problems.map((p) => p.message),
          ['OnNotificationArmStateTopic on memory:1: ERROR_PROTOCOL_SERVER/UNSUPPORTED_SERVICE (robot says: no Base here)'],
        );
      }
      await clock.advance(1000);
      await released;
      const closed = r.client.close();
      await clock.advance(1000);
      await closed;
      current = undefined;
    });
  }

  it('a subscribe answer that cannot be decoded is a problem naming the topic; the session opens all the same', async () => {
    const r = (current = robot());
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    await login(r, 'silent');
    const t = r.transports[0];
    t.emit('frame', reply(sentOf(t, SUBSCRIBE)[0], { sessionId: 5, payload: Buffer.from([0x0a, 0x05, 0x01]) }));
    await settle();
    assert.equal(r.client.state, 'open');
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /^OnNotificationArmStateTopic on memory:1: subscribing to ArmState notifications failed: ./);
  });

  it("an owner's callback that throws is a problem event; the other owners still get the notification", async () => {
    const r = (current = robot());
    const got: ArmStateNotificationJson[] = [];
    watchArmState(r.client, 'node-a', () => {
      throw new Error('a flow bug');
    });
    watchArmState(r.client, 'node-b', (n) => got.push(n));
    r.client.start();
    const t = await login(r, 7);
    t.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, inFault));
    assert.deepEqual(
      r.problems.map((p) => p.message),
      ['a flow bug'],
    );
    assert.equal(got.length, 1);
  });

  it('a node that leaves after its client closed (a shutdown) starts no grace period on it', async () => {
    const clock = new ManualClock();
    const r = (current = robot(5000, clock));
    watchArmState(r.client, 'node-a', () => undefined);
    r.client.start();
    await login(r, 7);
    const closed = r.client.close();
    await clock.advance(1000);
    await closed;
    current = undefined;
    stopWatchingArmState(r.client, 'node-a', false);
    assert.equal(clock.pending, 0);
  });

  it('a topic whose opening ends while the client closes delivers nothing meanwhile (Kortex 3: the SUBACK comes during the CloseSession wait)', async () => {
    const clock = new ManualClock(); // the CloseSession wait runs on it: the link stays until the test moves it
    const r = (current = robot(5000, clock));
    r.client.start();
    const t = await login(r, 0);
    let opened!: () => void;
    t.subscribeNotifications = () => new Promise<void>((resolve) => (opened = resolve));
    const got: ArmStateNotificationJson[] = [];
    watchArmState(r.client, 'node-a', (n) => got.push(n));
    await settle();
    t.emit('frame', reply(sentOf(t, SUBSCRIBE)[0], { sessionId: 5, payload: String.fromCharCode(0x08, 7) }));
    await settle();
    const closed = r.client.close(); // CloseSession goes out and waits
    opened();
    await settle();
    t.emit('frame', notificationFrame(2, SUBSCRIBE.functionId, 7, inFault));
    assert.deepEqual(got, []);
    await clock.advance(1000);
    await closed;
    current = undefined;
  });
});
