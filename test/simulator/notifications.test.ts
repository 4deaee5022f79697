/**
 * The simulated robot's services and notifications over Kortex 2 TCP, driven by a raw peer
 * (rawClient.ts): the registration table's admission, the Base service's arm state, and one
 * NOTIFICATION frame per subscription on its subscriber's socket (docs/protocol.md, "Notifications").
 */
import assert from 'node:assert/strict';
import { BaseRpcs, armStateTopic } from '../../src/protocol/base/rpcs';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { FrameType } from '../../src/protocol/header';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { RawClient, RawResponse, errorOf } from './rawClient';

const BASE = 2;
const FN = { closeSession: 2, keepAlive: 3 } as const;
const ARM_TOPIC_FN = 0xb0;
const SUBSCRIPTIONS_PER_CONNECTION = 64;
/** A fixed robot clock: 1 700 000 123.456 s. */
const CLOCK_MS = 1_700_000_123_456;

describe('simulator services and notifications over TCP (raw sockets)', function () {
  let sim: RunningSimulator | undefined;
  const clients: RawClient[] = [];
  let clock = CLOCK_MS;

  async function start(options: Partial<StartSimulatorOptions> = {}): Promise<RunningSimulator> {
    sim = await startSimulator({ generation: 'k2', port: 0, now: () => clock, ...options });
    return sim;
  }

  async function loggedIn(user = 'admin', sessionInactivityTimeout = 10000): Promise<RawClient> {
    const c = await RawClient.connect(sim?.port ?? 0);
    clients.push(c);
    assert.equal((await c.createSession(user, user, sessionInactivityTimeout)).fields.errorCode, 0);
    return c;
  }

  async function subscribe(c: RawClient): Promise<number> {
    const r = await c.call(ARM_TOPIC_FN, BaseRpcs.onNotificationArmStateTopic.encodeRequest({ type: 'NOTIFICATION_TYPE_EVENT' }), {
      serviceId: BASE,
    });
    assert.equal(r.fields.errorCode, 0, errorOf(r).text);
    const { identifier } = BaseRpcs.onNotificationArmStateTopic.decodeResponse(r.frame.payload);
    assert.ok(identifier > 0);
    return identifier;
  }

  function unsubscribe(c: RawClient, identifier: number): Promise<RawResponse> {
    return c.call(BaseRpcs.unsubscribe.functionId, BaseRpcs.unsubscribe.encodeRequest({ identifier }), { serviceId: BASE });
  }

  /** The notifications `c` received so far: a request's answer comes after every frame written before it (one ordered stream). */
  async function notificationsOf(c: RawClient): Promise<RawResponse[]> {
    await c.call(FN.keepAlive);
    return c.notifications;
  }

  afterEach(async function () {
    await Promise.all(clients.splice(0).map((c) => c.destroy()));
    await sim?.close();
    sim = undefined;
    clock = CLOCK_MS;
  });

  it('GetArmState answers the arm state, ARMSTATE_SERVOING_READY at first; operator and system may read it', async function () {
    const robot = await start();
    const c = await loggedIn('operator');
    const read = async (client: RawClient): Promise<string> => {
      const r = await client.call(BaseRpcs.getArmState.functionId, undefined, { serviceId: BASE });
      assert.equal(r.fields.errorCode, 0, errorOf(r).text);
      return BaseRpcs.getArmState.decodeResponse(r.frame.payload).activeState;
    };
    assert.equal(await read(c), 'ARMSTATE_SERVOING_READY');
    robot.setArmState('ARMSTATE_IN_FAULT');
    assert.equal(await read(c), 'ARMSTATE_IN_FAULT');
    assert.equal(await read(await loggedIn('system')), 'ARMSTATE_IN_FAULT');
  });

  it('Base needs a session like Session does', async function () {
    await start();
    const c = await RawClient.connect(sim?.port ?? 0);
    clients.push(c);
    const r = await c.call(BaseRpcs.getArmState.functionId, undefined, { serviceId: BASE });
    assert.deepEqual([r.fields.errorCode, r.fields.errorSubCode], [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.INVALID_SESSION]);
  });

  it('a subscriber gets one NOTIFICATION frame per change, on its socket, with its session id and handle; none after Unsubscribe', async function () {
    const robot = await start();
    const c = await loggedIn();
    const handle = await subscribe(c);
    robot.setArmState('ARMSTATE_IN_FAULT');
    clock += 1500;
    robot.setArmState('ARMSTATE_IN_FAULT'); // no change: nothing to tell
    robot.setArmState('ARMSTATE_MAINTENANCE');
    const got = await notificationsOf(c);
    assert.equal(got.length, 2);
    for (const n of got) {
      const f = n.fields;
      assert.deepEqual(
        [
          f.headerVersion,
          f.frameType,
          f.deviceId,
          f.errorCode,
          f.errorSubCode,
          f.serviceVersion,
          f.serviceId,
          f.functionId,
          f.sessionId,
          f.messageId,
        ],
        [1, FrameType.Notification, 0, 0, 0, 1, BASE, ARM_TOPIC_FN, c.sessionId, handle],
      );
      assert.equal(f.payloadLength, n.frame.payload.length);
    }
    assert.deepEqual(armStateTopic.decodeNotification(got[0].frame.payload), {
      activeState: 'ARMSTATE_IN_FAULT',
      timestamp: { sec: 1_700_000_123, usec: 456_000 },
    });
    assert.deepEqual(armStateTopic.decodeNotification(got[1].frame.payload), {
      activeState: 'ARMSTATE_MAINTENANCE',
      timestamp: { sec: 1_700_000_124, usec: 956_000 },
    });

    assert.equal((await unsubscribe(c, handle)).fields.errorCode, 0);
    robot.setArmState('ARMSTATE_SERVOING_READY');
    assert.equal((await notificationsOf(c)).length, 2, 'nothing after Unsubscribe');
  });

  it('each session gets its own frame with its own handle, and only its own; others get none', async function () {
    const robot = await start();
    const a = await loggedIn();
    const b = await loggedIn('operator');
    const bystander = await loggedIn('system');
    const ha = await subscribe(a);
    const hb = await subscribe(b);
    assert.notEqual(ha, hb);
    robot.setArmState('ARMSTATE_IN_FAULT');
    const [ga, gb] = [await notificationsOf(a), await notificationsOf(b)];
    assert.deepEqual(
      ga.map((n) => [n.fields.sessionId, n.fields.messageId]),
      [[a.sessionId, ha]],
    );
    assert.deepEqual(
      gb.map((n) => [n.fields.sessionId, n.fields.messageId]),
      [[b.sessionId, hb]],
    );
    assert.notEqual(a.sessionId, b.sessionId);
    assert.equal((await notificationsOf(bystander)).length, 0);
  });

  it('Unsubscribe with a handle the session does not hold is ERROR_DEVICE/ENTITY_NOT_FOUND', async function () {
    await start();
    const a = await loggedIn();
    const b = await loggedIn('operator');
    const hb = await subscribe(b);
    for (const handle of [hb, 9999]) {
      const r = await unsubscribe(a, handle);
      assert.deepEqual(
        [r.fields.errorCode, r.fields.errorSubCode],
        [ErrorCode.ERROR_DEVICE, SubErrorCode.ENTITY_NOT_FOUND],
        `handle ${handle}`,
      );
      assert.match(errorOf(r).text, new RegExp(`handle ${handle}`));
    }
    assert.equal((await unsubscribe(b, hb)).fields.errorCode, 0, "b's own handle still works");
    assert.equal((await unsubscribe(b, hb)).fields.errorSubCode, SubErrorCode.ENTITY_NOT_FOUND, 'but only once');
  });

  it('a session that ends loses its subscriptions: closed, replaced, expired, detached, reboot', async function () {
    const robot = await start();
    const live = (): number => robot.model.serviceContext.notifications.size;

    const closing = await loggedIn();
    await subscribe(closing);
    await closing.call(FN.closeSession);
    assert.equal(live(), 0, 'closed');
    assert.equal((await closing.createSession('admin', 'admin')).fields.errorCode, 0);
    robot.setArmState('ARMSTATE_IN_FAULT');
    assert.equal((await notificationsOf(closing)).length, 0, 'a new session on the same socket inherits nothing');

    await subscribe(closing);
    assert.equal((await closing.createSession('operator', 'operator')).fields.errorCode, 0);
    assert.equal(live(), 0, 'replaced');

    const idle = await loggedIn('admin', 1000);
    await subscribe(idle);
    clock += 5000;
    robot.model.processConnectionsSanity();
    assert.equal(live(), 0, 'expired');

    const leaving = await loggedIn();
    await subscribe(leaving);
    await leaving.destroy();
    for (let i = 0; i < 100 && live() > 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(live(), 0, 'detached');

    const rebooted = await loggedIn();
    await subscribe(rebooted);
    robot.reboot();
    assert.equal(live(), 0, 'reboot');
  });

  it(`the ${SUBSCRIPTIONS_PER_CONNECTION + 1}th subscription on one connection is ERROR_DEVICE/METHOD_FAILED; another connection may still subscribe`, async function () {
    await start();
    const c = await loggedIn();
    const handles: number[] = [];
    for (let i = 0; i < SUBSCRIPTIONS_PER_CONNECTION; i++) handles.push(await subscribe(c));
    assert.equal(new Set(handles).size, SUBSCRIPTIONS_PER_CONNECTION, 'handles are unique');
    const refused = await c.call(ARM_TOPIC_FN, undefined, { serviceId: BASE });
    assert.deepEqual([refused.fields.errorCode, refused.fields.errorSubCode], [ErrorCode.ERROR_DEVICE, SubErrorCode.METHOD_FAILED]);
    assert.match(errorOf(refused).text, /subscription limit reached \(64 on this connection\)/);
    await subscribe(await loggedIn('operator'));
    assert.equal((await unsubscribe(c, handles[0])).fields.errorCode, 0);
    await subscribe(c);
  });

  it('a request for service 99 answers UNSUPPORTED_SERVICE naming it; an unknown Base function UNSUPPORTED_METHOD', async function () {
    await start();
    const c = await loggedIn();
    const r = await c.call(1, undefined, { serviceId: 99 });
    assert.deepEqual([r.fields.errorCode, r.fields.errorSubCode], [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.UNSUPPORTED_SERVICE]);
    assert.match(errorOf(r).text, /^service 99 is not simulated/);
    const m = await c.call(1, undefined, { serviceId: BASE });
    assert.deepEqual([m.fields.errorCode, m.fields.errorSubCode], [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.UNSUPPORTED_METHOD]);
    assert.equal(errorOf(m).text, 'Base has no function 1');
  });

  it("services: ['session'] leaves Base out: its requests answer UNSUPPORTED_SERVICE, setArmState throws, Session works", async function () {
    const robot = await start({ services: ['session'] });
    const c = await loggedIn();
    for (const fn of [BaseRpcs.getArmState.functionId, ARM_TOPIC_FN]) {
      const r = await c.call(fn, undefined, { serviceId: BASE });
      assert.deepEqual(
        [r.fields.errorCode, r.fields.errorSubCode],
        [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.UNSUPPORTED_SERVICE],
        `function ${fn}`,
      );
      assert.match(errorOf(r).text, /^service 2 is not simulated \(this robot serves Session 1\)$/);
    }
    assert.throws(() => robot.setArmState('ARMSTATE_IN_FAULT'), /does not serve Base/);
    assert.equal((await c.call(FN.keepAlive)).fields.errorCode, 0);
  });

  it('the services option names known services and keeps Session', async function () {
    await assert.rejects(
      start({ services: ['session', 'gripper'] }),
      /unknown simulated service 'gripper' \(expected session, base, programRunner\)/,
    );
    await assert.rejects(start({ services: ['base'] }), /must list 'session'/);
  });
});
