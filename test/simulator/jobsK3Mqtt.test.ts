/**
 * The Kortex 3 robot's own work on a real mosquitto, driven by raw MQTT v5 peers (rawK3Peer.ts) on
 * a manual clock: ProgramRunner's programs listed and run to COMPLETED with the status sequence,
 * paused and resumed, stopped, Stop when idle under both variants, and a fault mid-job: FAILED,
 * the runner IDLE and the arm IN_FAULT in the K3 arm state shape until ClearFaults.
 */
import assert from 'node:assert/strict';
import { BaseK3Rpcs } from '../../src/protocol/base/k3Rpcs';
import { armStateTopic } from '../../src/protocol/base/rpcs';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { ProgramRunnerRpcs, executionEventTopic, runnerStatusTopic } from '../../src/protocol/programRunner/rpcs';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { ManualClock } from '../helpers/manualClock';
import { sleep, waitFor } from '../helpers/wait';
import { RawK3Peer, Received } from './rawK3Peer';

const NS = 'cell2';
const BASE = 2;
const RUNNER = 35;
const IDS = { home: 1, pick: 2 } as const;

describe('simulator jobs, Kortex 3 ProgramRunner (raw MQTT peers, mosquitto, manual clock)', function () {
  this.timeout(20000);
  let broker: MosquittoBroker | undefined;
  let sim: RunningSimulator | undefined;
  let clock: ManualClock;
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
    clock = new ManualClock(1_700_000_000_000);
    sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: broker?.url, namespace: NS, clock, ...options });
    return sim;
  }

  /** A logged-in peer subscribed to the runner's status and execution events and the arm state. */
  async function watcher(user = 'admin'): Promise<RawK3Peer> {
    const p = await RawK3Peer.connect(broker as MosquittoBroker, NS);
    peers.push(p);
    await p.login(user);
    await p.subscribeTopic(ProgramRunnerRpcs.onNotificationStatusChangeTopic);
    await p.subscribeTopic(ProgramRunnerRpcs.onNotificationExecutionEventTopic);
    await p.subscribeTopic(BaseK3Rpcs.onNotificationArmStateTopic);
    return p;
  }

  /** Every notification `p` heard, in order, as "status X", "event X" or "arm X" lines. */
  function heard(p: RawK3Peer): string[] {
    return p.inbox.filter((m) => m.topic.startsWith(`${NS}/notif/`)).map(describeNotification);
  }

  function describeNotification(m: Received): string {
    if (m.fields.serviceId === BASE) return `arm ${armStateTopic.decodeNotification(m.payload).activeState}`;
    if (m.fields.functionId === runnerStatusTopic.subscribe.functionId)
      return `status ${runnerStatusTopic.decodeNotification(m.payload).statusInfo?.status}`;
    const e = executionEventTopic.decodeNotification(m.payload);
    return `event ${e.event} ${e.handle?.programHandle?.identifier}`;
  }

  /** Waits until `p` heard `expected` (and a moment more, to see nothing else comes). */
  async function hears(p: RawK3Peer, expected: string[]): Promise<void> {
    await waitFor(() => heard(p).length >= expected.length, `${expected.length} notifications (heard ${heard(p).join(', ')})`);
    await sleep(50);
    assert.deepEqual(heard(p), expected);
  }

  const call = (p: RawK3Peer, rpc: { serviceId: number; functionId: number }, payload?: Uint8Array): Promise<Received> =>
    p.call(rpc.serviceId, rpc.functionId, payload);
  const startProgram = (p: RawK3Peer, identifier: number): Promise<Received> =>
    call(p, ProgramRunnerRpcs.start, ProgramRunnerRpcs.start.encodeRequest({ handle: { programHandle: { identifier, permission: 7 } } }));
  const ok = (r: Received): void => assert.equal(r.fields.errorCode, 0, `error ${r.fields.errorCode}/${r.fields.errorSubCode}`);
  async function status(p: RawK3Peer): Promise<string> {
    const r = await call(p, ProgramRunnerRpcs.getStatus);
    ok(r);
    return ProgramRunnerRpcs.getStatus.decodeResponse(r.payload).status;
  }

  it('ReadAllPrograms lists the jobs as programs; a Kortex 2 robot does not serve ProgramRunner', async function () {
    await start({
      jobs: [
        { name: 'Weld', durationMs: 200 },
        { name: 'Home', durationMs: 100 },
      ],
    });
    const p = await watcher('operator');
    const r = await call(p, ProgramRunnerRpcs.readAllPrograms);
    ok(r);
    assert.deepEqual(
      ProgramRunnerRpcs.readAllPrograms.decodeResponse(r.payload).programs.map((x) => `${x.handle?.identifier} ${x.name} ${x.isValidated}`),
      ['1 Weld true', '2 Home true'],
    );
    await sim?.close();
    sim = await startSimulator({ generation: 'k2', port: 0 });
    assert.deepEqual(sim.model.servedServiceIds, [1, BASE]);
  });

  it('a program runs: STARTING, STARTED, RUNNING, then COMPLETED and IDLE after its duration', async function () {
    await start();
    const p = await watcher();
    assert.equal(await status(p), 'STATUS_IDLE');
    ok(await startProgram(p, IDS.home));
    await hears(p, ['status STATUS_STARTING', 'event EXECUTION_EVENT_STARTED 1', 'status STATUS_RUNNING']);
    assert.equal(await status(p), 'STATUS_RUNNING');
    await clock.advance(999);
    await sleep(50);
    assert.equal(heard(p).length, 3);
    await clock.advance(1);
    await hears(p, [
      'status STATUS_STARTING',
      'event EXECUTION_EVENT_STARTED 1',
      'status STATUS_RUNNING',
      'event EXECUTION_EVENT_COMPLETED 1',
      'status STATUS_IDLE',
    ]);
  });

  it('Pause (PAUSED) keeps the remaining time; Resume (RESUMED, RUNNING) and it completes on time', async function () {
    await start();
    const p = await watcher();
    ok(await startProgram(p, IDS.pick));
    await clock.advance(1000);
    ok(await call(p, ProgramRunnerRpcs.pause));
    assert.equal(await status(p), 'STATUS_PAUSED');
    await clock.advance(5000);
    ok(await call(p, ProgramRunnerRpcs.resume, ProgramRunnerRpcs.resume.encodeRequest({})));
    await clock.advance(1999);
    await hears(p, [
      'status STATUS_STARTING',
      'event EXECUTION_EVENT_STARTED 2',
      'status STATUS_RUNNING',
      'event EXECUTION_EVENT_PAUSED 2',
      'status STATUS_PAUSED',
      'event EXECUTION_EVENT_RESUMED 2',
      'status STATUS_RUNNING',
    ]);
    await clock.advance(1);
    await waitFor(() => heard(p).length === 9, 'the end');
    assert.deepEqual(heard(p).slice(7), ['event EXECUTION_EVENT_COMPLETED 2', 'status STATUS_IDLE']);
  });

  it("Stop: STOPPING, STOPPED, IDLE; Stop when idle is ERROR_DEVICE ('error', default)", async function () {
    await start();
    const p = await watcher();
    ok(await startProgram(p, IDS.pick));
    ok(await call(p, ProgramRunnerRpcs.stop));
    await hears(p, [
      'status STATUS_STARTING',
      'event EXECUTION_EVENT_STARTED 2',
      'status STATUS_RUNNING',
      'status STATUS_STOPPING',
      'event EXECUTION_EVENT_STOPPED 2',
      'status STATUS_IDLE',
    ]);
    const again = await call(p, ProgramRunnerRpcs.stop);
    assert.equal(again.fields.errorCode, ErrorCode.ERROR_DEVICE);
  });

  it("stopWhenIdle 'ok': Stop when idle succeeds and tells nothing", async function () {
    await start({ stopWhenIdle: 'ok' });
    const p = await watcher();
    ok(await call(p, ProgramRunnerRpcs.stop));
    await sleep(100);
    assert.deepEqual(heard(p), []);
  });

  it('a fault mid-job: the arm goes IN_FAULT (K3 shape: generic_info), the program FAILED, the runner IDLE; Start refused until ClearFaults', async function () {
    await start({ fault: 'mid-job', k3ReadyArmState: 'ARMSTATE_ARM_OPERATIONAL' });
    const p = await watcher();
    const arm = await call(p, BaseK3Rpcs.getArmState);
    assert.equal(BaseK3Rpcs.getArmState.decodeResponse(arm.payload).activeState, 'ARMSTATE_ARM_OPERATIONAL');
    ok(await startProgram(p, IDS.pick));
    await clock.advance(1500);
    await hears(p, [
      'status STATUS_STARTING',
      'event EXECUTION_EVENT_STARTED 2',
      'status STATUS_RUNNING',
      'arm ARMSTATE_IN_FAULT',
      'event EXECUTION_EVENT_FAILED 2',
      'status STATUS_IDLE',
    ]);
    const fault = p.inbox.find((m) => m.fields.serviceId === BASE && m.topic.startsWith(`${NS}/notif/`)) as Received;
    assert.deepEqual(armStateTopic.decodeNotification(fault.payload), {
      activeState: 'ARMSTATE_IN_FAULT',
      genericInfo: { severity: 'NOTIF_ERROR', timestamp: { sec: 1_700_000_001, usec: 500_000 } },
    });
    const failed = p.inbox.find(
      (m) => m.topic === p.notifTopic(RUNNER, executionEventTopic.subscribe.functionId) && describeNotification(m).includes('FAILED'),
    ) as Received;
    assert.deepEqual(JSON.parse(executionEventTopic.decodeNotification(failed.payload).payload), {
      program: 'Pick part',
      reason: 'ROBOT_IN_FAULT',
    });

    const refused = await startProgram(p, IDS.home);
    assert.deepEqual([refused.fields.errorCode, refused.fields.errorSubCode], [ErrorCode.ERROR_DEVICE, SubErrorCode.ROBOT_IN_FAULT]);
    ok(await call(p, BaseK3Rpcs.clearFaults));
    await waitFor(() => heard(p).length === 7, 'the recovery');
    assert.equal(heard(p)[6], 'arm ARMSTATE_ARM_OPERATIONAL');
  });

  it('ApplyQuickStop stops the program (STOPPED) and leaves the arm operational; a READ_ONLY user may read but not start', async function () {
    await start();
    const p = await watcher();
    ok(await startProgram(p, IDS.home));
    ok(await call(p, BaseK3Rpcs.applyQuickStop));
    await hears(p, [
      'status STATUS_STARTING',
      'event EXECUTION_EVENT_STARTED 1',
      'status STATUS_RUNNING',
      'status STATUS_STOPPING',
      'event EXECUTION_EVENT_STOPPED 1',
      'status STATUS_IDLE',
    ]);
    const system = await watcher('system'); // role System: READ_ONLY, no OPERATE
    assert.equal(await status(system), 'STATUS_IDLE');
    for (const r of [
      await startProgram(system, IDS.home),
      await call(system, ProgramRunnerRpcs.stop),
      await call(system, BaseK3Rpcs.clearFaults),
    ]) {
      assert.deepEqual([r.fields.errorCode, r.fields.errorSubCode], [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_USER_SESSION_ACCESS]);
    }
  });
});
