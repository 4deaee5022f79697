/**
 * Kortex 2 Base's stored actions: the robot's jobs (storedJobs.ts) listed, read and run by handle,
 * each run reported on the action topic (ACTION_START, ACTION_PAUSE, ACTION_START again on resume
 * since ActionEvent has no resume, ACTION_END, ACTION_ABORT with abort_details). Kortex 3 has no
 * ExecuteActionFromReference and its 3.3 client no ReadAllActions or ReadAction
 * (docs/protocol.md, question 16): a K3 robot answers them UNSUPPORTED_METHOD.
 */
import type { ActionEventName, ActionHandleJson, ActionJson } from '../../../protocol/base/baseJson';
import { BASE_SERVICE_ID, BaseRpcs, actionTopic } from '../../../protocol/base/rpcs';
import { SubErrorCode } from '../../../protocol/errors';
import { protocolError } from '../../robot/responses';
import { RpcHandler, ServiceCall, ServiceRobot, callerSession, serveRpc } from '../serviceTypes';
import { ABORT_SUB_CODES, JobReporter, RunningJob, startJob } from './armJob';
import { robotTimestamp } from './armState';
import { StoredJob, storedJob, storedJobs } from './storedJobs';

/** Every stored job is a joint-angle move, as the robot's own Home is. */
const JOB_ACTION_TYPE = 'REACH_JOINT_ANGLES';
/** Read, update and delete (Common.Permission bits): the robot's actions are the user's to change. */
const FULL_PERMISSION = 7;

function actionHandle(job: StoredJob): ActionHandleJson {
  return { identifier: job.identifier, actionType: JOB_ACTION_TYPE, permission: FULL_PERMISSION };
}

function action(job: StoredJob): ActionJson {
  return { handle: actionHandle(job), name: job.name, applicationData: '' };
}

function publishAction(robot: ServiceRobot, running: RunningJob, event: ActionEventName, abortDetails = 'SUB_ERROR_NONE'): void {
  const payload = actionTopic.encodeNotification({
    actionEvent: event,
    handle: actionHandle(running.job),
    timestamp: robotTimestamp(robot),
    userHandle: { identifier: running.session.user.id, permission: FULL_PERMISSION },
    abortDetails,
    trajectoryInfo: [],
  });
  robot.notifications.publish(BASE_SERVICE_ID, actionTopic.subscribe.functionId, payload);
}

function actionReporter(robot: ServiceRobot): JobReporter {
  return {
    started: (job) => publishAction(robot, job, 'ACTION_START'),
    paused: (job) => publishAction(robot, job, 'ACTION_PAUSE'),
    // ActionEvent has no resume: a resumed action starts again.
    resumed: (job) => publishAction(robot, job, 'ACTION_START'),
    ended: (job) => publishAction(robot, job, 'ACTION_END'),
    aborted: (job, cause) => publishAction(robot, job, 'ACTION_ABORT', ABORT_SUB_CODES[cause]),
  };
}

/** The robot's filter: UNSPECIFIED_ACTION (or none) lists every action, another type only actions of that type. */
function readAllActions(filter: { actionType?: string }, call: ServiceCall): { actionList: ActionJson[] } {
  const wanted = filter.actionType ?? 'UNSPECIFIED_ACTION';
  const jobs = storedJobs(call.robot).filter(() => wanted === 'UNSPECIFIED_ACTION' || wanted === JOB_ACTION_TYPE);
  return { actionList: jobs.map(action) };
}

/** A Kortex 2 call: a Kortex 3 robot does not serve it. */
function k2Only<In, Out>(handle: (input: In, call: ServiceCall) => Out, name: string): (input: In, call: ServiceCall) => Out {
  return (input, call) => {
    if (call.robot.generation === 'k3')
      throw protocolError(SubErrorCode.UNSUPPORTED_METHOD, `${name} is not available on a Kortex 3 robot`);
    return handle(input, call);
  };
}

export const storedActionRpcs: readonly RpcHandler[] = [
  serveRpc(BaseRpcs.readAllActions, { inputType: 'RequestedActionType' }, k2Only(readAllActions, 'ReadAllActions')),
  serveRpc(
    BaseRpcs.readAction,
    { inputType: 'ActionHandle' },
    k2Only((handle, call) => action(storedJob(call.robot, handle.identifier, 'action')), 'ReadAction'),
  ),
  serveRpc(
    BaseRpcs.executeActionFromReference,
    { permissions: ['USER_PERMISSION_OPERATE'], inputType: 'ActionHandle' },
    k2Only((handle, call) => {
      const job = storedJob(call.robot, handle.identifier, 'action');
      startJob(call.robot, callerSession(call), job, actionReporter(call.robot));
      return {};
    }, 'ExecuteActionFromReference'),
  ),
];
