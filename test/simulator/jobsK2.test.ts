/**
 * The Kortex 2 robot's own work, driven by a raw TCP peer (rawClient.ts) on a manual clock: Base's
 * stored actions listed, read and run to ACTION_END, paused and resumed with the remaining time
 * kept, stopped with abort_details, a busy start under both variants, faults (at start, mid-job,
 * injected, emergency stop) until ClearFaults, and OPERATE needed to run, stop or clear.
 */
import assert from 'node:assert/strict';
import { BaseRpcs, actionTopic, armStateTopic } from '../../src/protocol/base/rpcs';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import { ManualClock } from '../helpers/manualClock';
import { RawClient, RawResponse, errorOf } from './rawClient';

const BASE = 2;
const KEEP_ALIVE = 3;
const IDS = { home: 1, pick: 2, place: 3 } as const;

describe('simulator jobs, Kortex 2 Base actions (raw TCP, manual clock)', function () {
  let sim: RunningSimulator | undefined;
  let clock: ManualClock;
  const clients: RawClient[] = [];

  async function start(options: Partial<StartSimulatorOptions> = {}): Promise<RunningSimulator> {
    clock = new ManualClock(1_700_000_000_000);
    sim = await startSimulator({ generation: 'k2', port: 0, clock, ...options });
    return sim;
  }

  async function loggedIn(user = 'admin'): Promise<RawClient> {
    const c = await RawClient.connect(sim?.port ?? 0);
    clients.push(c);
    assert.equal((await c.createSession(user, user, 600_000)).fields.errorCode, 0);
    return c;
  }

  /** A client subscribed to the arm state and action topics. */
  async function watcher(): Promise<RawClient> {
    const c = await loggedIn();
    for (const rpc of [BaseRpcs.onNotificationArmStateTopic, BaseRpcs.onNotificationActionTopic]) {
      const r = await c.call(rpc.functionId, rpc.encodeRequest({ type: 'NOTIFICATION_TYPE_EVENT' }), { serviceId: BASE });
      assert.equal(r.fields.errorCode, 0, errorOf(r).text);
    }
    return c;
  }

  const base = (c: RawClient, rpc: { functionId: number }, payload?: Uint8Array): Promise<RawResponse> =>
    c.call(rpc.functionId, payload, { serviceId: BASE });
  const execute = (c: RawClient, identifier: number): Promise<RawResponse> =>
    base(
      c,
      BaseRpcs.executeActionFromReference,
      BaseRpcs.executeActionFromReference.encodeRequest({ identifier, actionType: 'REACH_JOINT_ANGLES', permission: 7 }),
    );
  const ok = (r: RawResponse): void => assert.equal(r.fields.errorCode, 0, errorOf(r).text);
  const refused = (r: RawResponse, subCode: number): void =>
    assert.deepEqual([r.fields.errorCode, r.fields.errorSubCode], [ErrorCode.ERROR_DEVICE, subCode], errorOf(r).text);

  /** What `c` heard since the last look, as "EVENT id DETAILS" and "arm STATE" lines (a KeepAlive flushes the stream). */
  async function heard(c: RawClient): Promise<string[]> {
    await c.call(KEEP_ALIVE);
    return c.notifications.splice(0).map((n) => {
      if (n.fields.functionId === BaseRpcs.onNotificationArmStateTopic.functionId)
        return `arm ${armStateTopic.decodeNotification(n.frame.payload).activeState}`;
      const a = actionTopic.decodeNotification(n.frame.payload);
      return `${a.actionEvent} ${a.handle?.identifier}${a.abortDetails === 'SUB_ERROR_NONE' ? '' : ` ${a.abortDetails}`}`;
    });
  }

  afterEach(async function () {
    await Promise.all(clients.splice(0).map((c) => c.destroy()));
    await sim?.close();
    sim = undefined;
  });

  it('ReadAllActions lists the stored actions (the type filter as the robot applies it); ReadAction reads one', async function () {
    await start({
      jobs: [
        { name: 'Home', durationMs: 500 },
        { name: 'Glue', durationMs: 4000 },
      ],
    });
    const c = await loggedIn('operator');
    const list = async (actionType?: 'UNSPECIFIED_ACTION' | 'REACH_JOINT_ANGLES' | 'REACH_POSE'): Promise<string[]> => {
      const r = await base(c, BaseRpcs.readAllActions, BaseRpcs.readAllActions.encodeRequest(actionType ? { actionType } : {}));
      ok(r);
      return BaseRpcs.readAllActions.decodeResponse(r.frame.payload).actionList.map((a) => `${a.handle?.identifier} ${a.name}`);
    };
    assert.deepEqual(await list(), ['1 Home', '2 Glue']);
    assert.deepEqual(await list('UNSPECIFIED_ACTION'), ['1 Home', '2 Glue']);
    assert.deepEqual(await list('REACH_JOINT_ANGLES'), ['1 Home', '2 Glue']);
    assert.deepEqual(await list('REACH_POSE'), []);
    const one = await base(
      c,
      BaseRpcs.readAction,
      BaseRpcs.readAction.encodeRequest({ identifier: 2, actionType: 'UNSPECIFIED_ACTION', permission: 0 }),
    );
    ok(one);
    assert.equal(BaseRpcs.readAction.decodeResponse(one.frame.payload).name, 'Glue');
    refused(
      await base(
        c,
        BaseRpcs.readAction,
        BaseRpcs.readAction.encodeRequest({ identifier: 9, actionType: 'UNSPECIFIED_ACTION', permission: 0 }),
      ),
      SubErrorCode.ENTITY_NOT_FOUND,
    );
  });

  it('an action runs: ACTION_START with its handle, ACTION_END after its duration; then nothing runs', async function () {
    await start();
    const c = await watcher();
    ok(await execute(c, IDS.home));
    assert.deepEqual(await heard(c), ['ACTION_START 1']);
    await clock.advance(999);
    assert.deepEqual(await heard(c), []);
    await clock.advance(1);
    assert.deepEqual(await heard(c), ['ACTION_END 1']);
    refused(await base(c, BaseRpcs.stopAction), SubErrorCode.ROBOT_NOT_MOVING);
  });

  it('PauseAction (ACTION_PAUSE) keeps the remaining time; ResumeAction starts it again (ACTION_START) and it ends on time', async function () {
    await start();
    const c = await watcher();
    ok(await execute(c, IDS.pick));
    await clock.advance(1000);
    ok(await base(c, BaseRpcs.pauseAction));
    await clock.advance(60_000);
    ok(await base(c, BaseRpcs.resumeAction));
    await clock.advance(1999);
    assert.deepEqual(await heard(c), ['ACTION_START 2', 'ACTION_PAUSE 2', 'ACTION_START 2']);
    await clock.advance(1);
    assert.deepEqual(await heard(c), ['ACTION_END 2']);
  });

  it('StopAction and Stop abort the action with abort_details CONTROL_MANUAL_STOP; Stop of a still arm is no error', async function () {
    await start();
    const c = await watcher();
    ok(await execute(c, IDS.pick));
    ok(await base(c, BaseRpcs.stopAction));
    ok(await execute(c, IDS.place));
    ok(await base(c, BaseRpcs.stop));
    ok(await base(c, BaseRpcs.stop));
    await clock.advance(5000);
    assert.deepEqual(await heard(c), [
      'ACTION_START 2',
      'ACTION_ABORT 2 CONTROL_MANUAL_STOP',
      'ACTION_START 3',
      'ACTION_ABORT 3 CONTROL_MANUAL_STOP',
    ]);
  });

  it("busyStart 'abort-previous' (default): the running action aborts, the new one runs", async function () {
    await start();
    const c = await watcher();
    ok(await execute(c, IDS.pick));
    ok(await execute(c, IDS.home));
    await clock.advance(1000);
    assert.deepEqual(await heard(c), ['ACTION_START 2', 'ACTION_ABORT 2 CONTROL_ALREADY_RUNNING', 'ACTION_START 1', 'ACTION_END 1']);
    await clock.advance(5000);
    assert.deepEqual(await heard(c), []);
  });

  it("busyStart 'refuse': ERROR_DEVICE/ROBOT_MOVEMENT_IN_PROGRESS, the running action goes on", async function () {
    await start({ busyStart: 'refuse' });
    const c = await watcher();
    ok(await execute(c, IDS.pick));
    refused(await execute(c, IDS.home), SubErrorCode.ROBOT_MOVEMENT_IN_PROGRESS);
    await clock.advance(3000);
    assert.deepEqual(await heard(c), ['ACTION_START 2', 'ACTION_END 2']);
  });

  it("fault 'at-start': the arm goes IN_FAULT and the action aborts (ROBOT_IN_FAULT); starts are refused until ClearFaults; the fault comes once", async function () {
    await start({ fault: 'at-start' });
    const c = await watcher();
    ok(await execute(c, IDS.home));
    assert.deepEqual(await heard(c), ['ACTION_START 1', 'arm ARMSTATE_IN_FAULT', 'ACTION_ABORT 1 ROBOT_IN_FAULT']);
    refused(await execute(c, IDS.home), SubErrorCode.ROBOT_IN_FAULT);
    ok(await base(c, BaseRpcs.clearFaults));
    ok(await execute(c, IDS.home));
    await clock.advance(1000);
    assert.deepEqual(await heard(c), ['arm ARMSTATE_SERVOING_READY', 'ACTION_START 1', 'ACTION_END 1']);
  });

  it("fault 'mid-job': halfway through (pauses not counted) the arm faults and the action aborts; ClearFaults recovers", async function () {
    await start({ fault: 'mid-job' });
    const c = await watcher();
    ok(await execute(c, IDS.pick));
    await clock.advance(1000);
    ok(await base(c, BaseRpcs.pauseAction));
    await clock.advance(10_000);
    ok(await base(c, BaseRpcs.resumeAction));
    await clock.advance(499);
    assert.deepEqual(await heard(c), ['ACTION_START 2', 'ACTION_PAUSE 2', 'ACTION_START 2']);
    await clock.advance(1);
    assert.deepEqual(await heard(c), ['arm ARMSTATE_IN_FAULT', 'ACTION_ABORT 2 ROBOT_IN_FAULT']);
    const state = await base(c, BaseRpcs.getArmState);
    assert.equal(BaseRpcs.getArmState.decodeResponse(state.frame.payload).activeState, 'ARMSTATE_IN_FAULT');
    ok(await base(c, BaseRpcs.clearFaults));
    assert.deepEqual(await heard(c), ['arm ARMSTATE_SERVOING_READY']);
  });

  it('injectFault() and ApplyEmergencyStop abort the running action and leave the arm IN_FAULT', async function () {
    const robot = await start();
    const c = await watcher();
    ok(await execute(c, IDS.pick));
    robot.injectFault();
    ok(await base(c, BaseRpcs.clearFaults));
    ok(await execute(c, IDS.place));
    ok(await base(c, BaseRpcs.applyEmergencyStop));
    assert.deepEqual(await heard(c), [
      'ACTION_START 2',
      'arm ARMSTATE_IN_FAULT',
      'ACTION_ABORT 2 ROBOT_IN_FAULT',
      'arm ARMSTATE_SERVOING_READY',
      'ACTION_START 3',
      'arm ARMSTATE_IN_FAULT',
      'ACTION_ABORT 3 ROBOT_IN_EMERGENCY_STOP',
    ]);
  });

  it('a READ_ONLY user reads the arm state and the actions but may not run, stop or clear (INVALID_USER_SESSION_ACCESS)', async function () {
    const users = defaultUsersConfig();
    users.users.push({ username: 'viewer', password: 'viewer', role: 'Viewer', identifier: 9 });
    users.roles.push({ identifier: 'Viewer', permissions: ['USER_PERMISSION_READ_ONLY'] });
    await start({ users });
    const c = await loggedIn('viewer');
    ok(await base(c, BaseRpcs.getArmState));
    ok(await base(c, BaseRpcs.readAllActions, BaseRpcs.readAllActions.encodeRequest({})));
    for (const r of [
      await execute(c, IDS.home),
      await base(c, BaseRpcs.stopAction),
      await base(c, BaseRpcs.pauseAction),
      await base(c, BaseRpcs.clearFaults),
      await base(c, BaseRpcs.stop),
    ]) {
      refused(r, SubErrorCode.INVALID_USER_SESSION_ACCESS);
      assert.match(errorOf(r).text, /needs the OPERATE permission/);
    }
  });

  it("a job outlives its session ('continue', default) or aborts with it ('abort'); reboot aborts it; close clears every timer", async function () {
    const robot = await start();
    const w = await watcher();
    const starter = await loggedIn();
    ok(await execute(starter, IDS.home));
    await starter.call(2); // CloseSession
    await clock.advance(1000);
    assert.deepEqual(await heard(w), ['ACTION_START 1', 'ACTION_END 1']);
    ok(await execute(w, IDS.pick));
    robot.reboot();
    await robot.close();
    assert.equal(clock.pending, 0, 'no timer left after close');

    await start({ jobOnSessionEnd: 'abort' });
    const w2 = await watcher();
    const starter2 = await loggedIn();
    ok(await execute(starter2, IDS.home));
    await starter2.call(2);
    assert.deepEqual(await heard(w2), ['ACTION_START 1', 'ACTION_ABORT 1 INVALID_SESSION']);
  });
});
