/**
 * The simulated robot's Base service (service 2), as far as this package uses it: the arm state
 * (GetArmState, its topic, ClearFaults), the stops (Stop, K2 ApplyEmergencyStop, K3 ApplyQuickStop
 * on the same id), control of the arm's running job (PauseAction, ResumeAction, StopAction: a K2
 * action or a K3 program, armJob.ts), K2's stored actions (storedActions.ts) and the action topic.
 * Reading needs any logged-in user; what moves or stops the arm, or clears its faults, OPERATE.
 */
import type { ArmStateName } from '../../../protocol/base/baseJson';
import { BASE_SERVICE_ID, BaseRpcs, actionTopic, armStateTopic } from '../../../protocol/base/rpcs';
import { ErrorCode, SubErrorCode } from '../../../protocol/errors';
import { RequestError } from '../../robot/responses';
import { ServiceRegistration, ServiceRobot, serveRpc, serveSubscribe, serveUnsubscribe } from '../serviceTypes';
import { abortJob, clearArmFaults, faultArm, jobRobotReset, jobSessionEnded, pauseJob, resumeJob, setArmStateByHand } from './armJob';
import { armState } from './armState';
import { storedActionRpcs } from './storedActions';

const OPERATE = { permissions: ['USER_PERMISSION_OPERATE'], inputType: 'Empty' } as const;

/** PauseAction, ResumeAction and StopAction with nothing to act on (docs/protocol.md, question 17: K3's comment names ROBOT_NOT_MOVING). */
function nothingRuns(name: string): never {
  throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.ROBOT_NOT_MOVING, `${name}: no action is running`);
}

export const baseService: ServiceRegistration = {
  serviceId: BASE_SERVICE_ID,
  name: 'base',
  vendorName: 'Base',
  rpcs: [
    serveRpc(BaseRpcs.getArmState, { inputType: 'Empty' }, (_input, call) => ({ activeState: armState(call.robot) })),
    serveSubscribe(armStateTopic.subscribe),
    serveSubscribe(actionTopic.subscribe),
    serveUnsubscribe(BaseRpcs.unsubscribe),
    serveRpc(BaseRpcs.clearFaults, OPERATE, (_input, call) => {
      clearArmFaults(call.robot);
      return {};
    }),
    // Stopping a still arm is no error.
    serveRpc(BaseRpcs.stop, OPERATE, (_input, call) => {
      abortJob(call.robot, 'stopped');
      return {};
    }),
    // K2 ApplyEmergencyStop leaves the arm in fault; K3 ApplyQuickStop (same id) is a category 2 stop, the arm stays operational.
    serveRpc(BaseRpcs.applyEmergencyStop, OPERATE, (_input, call) => {
      if (call.robot.generation === 'k3') abortJob(call.robot, 'quick-stop');
      else faultArm(call.robot, 'emergency-stop');
      return {};
    }),
    serveRpc(BaseRpcs.pauseAction, OPERATE, (_input, call) => (pauseJob(call.robot) ? {} : nothingRuns('PauseAction'))),
    serveRpc(BaseRpcs.resumeAction, OPERATE, (_input, call) => (resumeJob(call.robot) ? {} : nothingRuns('ResumeAction'))),
    serveRpc(BaseRpcs.stopAction, OPERATE, (_input, call) => (abortJob(call.robot, 'stopped') ? {} : nothingRuns('StopAction'))),
    ...storedActionRpcs,
  ],
  sessionEnded: jobSessionEnded,
  robotReset: jobRobotReset,
};

function requireBase(robot: ServiceRobot): void {
  if (!robot.serves(BASE_SERVICE_ID)) throw new Error('this simulated robot does not serve Base (see the services option)');
}

/** RunningSimulator.setArmState: a change is published; a fault state aborts the running job. */
export function setArmState(robot: ServiceRobot, state: ArmStateName): void {
  requireBase(robot);
  setArmStateByHand(robot, state);
}

/** RunningSimulator.injectFault: the arm goes IN_FAULT now and the running job aborts with the fault. */
export function injectFault(robot: ServiceRobot): void {
  requireBase(robot);
  faultArm(robot);
}
