/**
 * The typed calls under the jobs (src/client/services/base/, programRunner/) over the REAL session
 * client on the in-memory robot: each goes out as its RPC, and the generation decides the table: a
 * call the robot's generation has not is refused (UNSUPPORTED) before anything is sent.
 */
import assert from 'node:assert/strict';
import type { KortexError } from '../../src/client/core/errors';
import {
  ActionTopicNotification,
  executeAction,
  readAction,
  readAllActions,
  stopWatchingActions,
  watchActions,
} from '../../src/client/services/base/actions';
import { stopWatchingArmState, watchArmState } from '../../src/client/services/base/armState';
import { applyEmergencyStop, applyQuickStop, clearFaults, stop } from '../../src/client/services/base/stop';
import {
  getRunnerStatus,
  pauseProgram,
  readAllPrograms,
  resumeProgram,
  startProgram,
  stopProgram,
  stopWatchingRunnerStatus,
  watchExecutionEvents,
  watchRunnerStatus,
} from '../../src/client/services/programRunner/programs';
import { actionTopic } from '../../src/protocol/base/rpcs';
import { k3ActionTopic } from '../../src/protocol/base/k3Rpcs';
import { ProgramRunnerRpcs, executionEventTopic, runnerStatusTopic } from '../../src/protocol/programRunner/rpcs';
import { notificationFrame } from '../helpers/memoryTransport';
import { KortexSessionClient } from '../../src/client/session/client';
import { JobRobot } from '../helpers/jobRobot';
import { settle } from '../helpers/manualClock';

/** Refused unsent on a robot of the other generation: the text names the robot's generation and the call. */
const unsupported = (rpc: string, generation: 'Kortex 2' | 'Kortex 3') => (e: KortexError) =>
  e.kind === 'UNSUPPORTED' && e.rpc === rpc && e.message === `${rpc}: a ${generation} robot has no ${rpc}; nothing was sent`;
const handle = { identifier: 11, actionType: 'EXECUTE_SEQUENCE', permission: 7 } as const;

describe('job services: typed calls by generation (in-memory robot)', () => {
  let robot: JobRobot | undefined;
  afterEach(async () => {
    await robot?.client.close();
    robot = undefined;
  });

  it('Kortex 2: faults, stops and stored actions go out as their RPCs; ApplyQuickStop and the programs are refused unsent', async () => {
    robot = new JobRobot('k2');
    await robot.open();
    const c = robot.client;
    assert.equal(c.generation(), 'k2');
    await clearFaults(c);
    await stop(c);
    await applyEmergencyStop(c);
    assert.equal((await readAction(c, handle)).meta.rpc, 'ReadAction');
    const before = robot.asked.length;
    await assert.rejects(applyQuickStop(c), unsupported('ApplyQuickStop', 'Kortex 2'));
    await assert.rejects(readAllPrograms(c), unsupported('ReadAllPrograms', 'Kortex 2'));
    await assert.rejects(startProgram(c, { identifier: 1, permission: 7 }), unsupported('Start', 'Kortex 2'));
    await assert.rejects(getRunnerStatus(c), unsupported('GetStatus', 'Kortex 2'));
    await assert.rejects(stopProgram(c), unsupported('Stop', 'Kortex 2'));
    await assert.rejects(pauseProgram(c), unsupported('Pause', 'Kortex 2'));
    await assert.rejects(resumeProgram(c), unsupported('Resume', 'Kortex 2'));
    assert.equal(robot.asked.length, before);
    assert.deepEqual(robot.asked.slice(-4), ['ClearFaults', 'Stop', 'ApplyEmergencyStop', 'ReadAction']);
  });

  it('Kortex 3: ApplyQuickStop on 0x91, the runner status and its topic; the stored-action calls and ApplyEmergencyStop are refused unsent', async () => {
    robot = new JobRobot('k3');
    await robot.open();
    const c = robot.client;
    assert.equal(c.generation(), 'k3');
    await applyQuickStop(c);
    assert.equal((await getRunnerStatus(c)).payload.status, 'STATUS_UNSPECIFIED');
    const topics = robot.transport.notificationTopics.size;
    watchRunnerStatus(c, 'node-a', () => undefined);
    await settle();
    assert.equal(robot.transport.notificationTopics.size, topics + 1);
    stopWatchingRunnerStatus(c, 'node-a');
    assert.equal(robot.transport.notificationTopics.size, topics, 'the topic ends at once');
    const before = robot.asked.length;
    await assert.rejects(applyEmergencyStop(c), unsupported('ApplyEmergencyStop', 'Kortex 3'));
    await assert.rejects(readAllActions(c), unsupported('ReadAllActions', 'Kortex 3'));
    await assert.rejects(executeAction(c, handle), unsupported('ExecuteActionFromReference', 'Kortex 3'));
    await assert.rejects(readAction(c, handle), unsupported('ReadAction', 'Kortex 3'));
    assert.equal(robot.asked.length, before);
    assert.deepEqual(robot.asked.slice(-3), ['ApplyQuickStop', 'GetStatus', 'OnNotificationStatusChangeTopic']);
  });

  it('a stored action named by no handle is refused unsent, naming ActionHandle', async () => {
    robot = new JobRobot('k2');
    await robot.open();
    const before = robot.asked.length;
    await assert.rejects(readAction(robot.client, null as unknown as typeof handle), {
      code: 'INVALID_INPUT',
      message: 'ReadAction on memory:1: ActionHandle must be an object, got null',
    });
    assert.equal(robot.asked.length, before);
  });

  // A payload that cannot be decoded (field 1 runs past the end) on each topic the jobs watch.
  const undecodable = Buffer.from([0x0a, 0x05, 0x01]);
  const problemsOf = (r: JobRobot): string[] => {
    const problems: string[] = [];
    r.client.on('problem', (e) => problems.push(e.message));
    return problems;
  };

  it("a Kortex 2 action notification that cannot be decoded is a problem naming the topic 'Action'", async () => {
    robot = new JobRobot('k2');
    await robot.open();
    const problems = problemsOf(robot);
    watchActions(robot.client, 'node-a', () => undefined);
    await settle();
    robot.transport.emit('frame', notificationFrame(2, actionTopic.subscribe.functionId, 7, undecodable, 5));
    assert.deepEqual(problems, ['on memory:1: a Action notification could not be decoded: index out of range: 2 + 5 > 3']);
  });

  it('Kortex 3 runner status and execution event notifications that cannot be decoded are problems naming their topics', async () => {
    robot = new JobRobot('k3');
    await robot.open();
    const problems = problemsOf(robot);
    watchRunnerStatus(robot.client, 'node-a', () => undefined);
    watchExecutionEvents(robot.client, 'node-a', () => undefined);
    await settle();
    for (const topic of [runnerStatusTopic, executionEventTopic]) {
      robot.transport.emit('frame', notificationFrame(35, topic.subscribe.functionId, 0, undecodable));
    }
    assert.deepEqual(problems, [
      'on memory:1: a StatusChange notification could not be decoded: index out of range',
      'on memory:1: a ExecutionEvent notification could not be decoded: index out of range: 2 + 5 > 3',
    ]);
  });

  it("before an 'auto' transport has probed, the generation is unknown and such calls are refused unsent", async () => {
    const c = new KortexSessionClient({ host: '127.0.0.1', transport: 'auto', username: 'admin', password: 'admin' });
    assert.equal(c.generation(), undefined);
    await assert.rejects(
      readAllActions(c),
      (e: KortexError) =>
        e.kind === 'UNSUPPORTED' && e.message === "ReadAllActions: the robot's generation is not known yet; nothing was sent",
    );
    assert.throws(
      () => watchActions(c, 'node-a', () => undefined),
      (e: KortexError) =>
        e.kind === 'UNSUPPORTED' && e.message === "the action topic: the robot's generation is not known until it was reached once",
    );
    await c.close();
  });

  it('the action topic in the shape of each generation, tagged with it; each stopped watch ends its topic at once', async () => {
    for (const generation of ['k2', 'k3'] as const) {
      robot = new JobRobot(generation);
      await robot.open();
      const c = robot.client;
      const heard: ActionTopicNotification[] = [];
      watchActions(c, 'node-a', (n) => heard.push(n));
      await settle();
      const topic = generation === 'k2' ? actionTopic : k3ActionTopic;
      const payload = topic.encodeNotification({ actionEvent: 'ACTION_START', abortDetails: 'SUB_ERROR_NONE', trajectoryInfo: [] });
      robot.transport.emit('frame', notificationFrame(2, topic.subscribe.functionId, generation === 'k2' ? 7 : 0, payload, 5));
      await settle();
      assert.deepEqual(
        heard.map((n) => `${n.generation} ${n.notification.actionEvent}`),
        [`${generation} ACTION_START`],
      );
      const topics = robot.transport.notificationTopics.size;
      stopWatchingActions(c, 'node-a');
      await settle();
      if (generation === 'k2') assert.equal(robot.asked[robot.asked.length - 1], 'Unsubscribe');
      else assert.equal(robot.transport.notificationTopics.size, topics - 1);
      await robot.client.close();
    }
  });

  it("Kortex 2: a stopped watch of the arm state ends the robot's subscription at once", async () => {
    robot = new JobRobot('k2');
    await robot.open();
    watchArmState(robot.client, 'node-a', () => undefined);
    await settle();
    assert.equal(robot.asked[robot.asked.length - 1], 'OnNotificationArmStateTopic');
    stopWatchingArmState(robot.client, 'node-a');
    await settle();
    assert.equal(robot.asked[robot.asked.length - 1], 'Unsubscribe');
  });

  it('Kortex 3: a program starts with debugMode off unless asked for', async () => {
    robot = new JobRobot('k3');
    await robot.open();
    const programHandle = { identifier: 11, permission: 7 };
    await startProgram(robot.client, programHandle);
    await startProgram(robot.client, programHandle, { debugMode: true });
    const starts = robot.payloads
      .filter((p) => p.rpc === 'Start')
      .map((p) => ProgramRunnerRpcs.start.decodeRequest(p.payload ?? new Uint8Array()));
    assert.deepEqual(
      starts.map((s) => s.debugMode),
      [false, true],
    );
  });
});
