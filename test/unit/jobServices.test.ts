/**
 * The typed calls under the jobs (src/client/services/base/, programRunner/) over the REAL session
 * client on the in-memory robot: each goes out as its RPC, and the generation decides the table: a
 * call the robot's generation has not is refused (UNSUPPORTED) before anything is sent.
 */
import assert from 'node:assert/strict';
import type { KortexError } from '../../src/client/core/errors';
import { executeAction, readAction, readAllActions } from '../../src/client/services/base/actions';
import { applyEmergencyStop, applyQuickStop, clearFaults, stop } from '../../src/client/services/base/stop';
import {
  getRunnerStatus,
  readAllPrograms,
  startProgram,
  stopWatchingRunnerStatus,
  watchRunnerStatus,
} from '../../src/client/services/programRunner/programs';
import { KortexSessionClient } from '../../src/client/session/client';
import { JobRobot } from '../helpers/jobRobot';
import { settle } from '../helpers/manualClock';

const unsupported = (rpc: string) => (e: KortexError) => e.kind === 'UNSUPPORTED' && e.rpc === rpc && /nothing was sent/.test(e.message);
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
    await assert.rejects(applyQuickStop(c), unsupported('ApplyQuickStop'));
    await assert.rejects(readAllPrograms(c), unsupported('ReadAllPrograms'));
    await assert.rejects(startProgram(c, { identifier: 1, permission: 7 }), unsupported('Start'));
    await assert.rejects(getRunnerStatus(c), unsupported('GetStatus'));
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
    watchRunnerStatus(c, 'node-a', () => undefined);
    await settle();
    stopWatchingRunnerStatus(c, 'node-a');
    const before = robot.asked.length;
    await assert.rejects(applyEmergencyStop(c), unsupported('ApplyEmergencyStop'));
    await assert.rejects(readAllActions(c), unsupported('ReadAllActions'));
    await assert.rejects(executeAction(c, handle), unsupported('ExecuteActionFromReference'));
    assert.equal(robot.asked.length, before);
    assert.deepEqual(robot.asked.slice(-3), ['ApplyQuickStop', 'GetStatus', 'OnNotificationStatusChangeTopic']);
  });

  it("before an 'auto' transport has probed, the generation is unknown and such calls are refused unsent", async () => {
    const c = new KortexSessionClient({ host: '127.0.0.1', transport: 'auto', username: 'admin', password: 'admin' });
    assert.equal(c.generation(), undefined);
    await assert.rejects(readAllActions(c), (e: KortexError) => e.kind === 'UNSUPPORTED' && /not known yet/.test(e.message));
    await c.close();
  });
});
