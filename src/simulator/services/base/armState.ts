/**
 * The simulated arm's state (Base's GetArmState and arm state topic): healthy at first, IN_FAULT
 * after a fault until ClearFaults. A change is published in the generation's shape (docs/protocol.md,
 * "The Base service": K2 timestamp 2 and connection 3, K3 generic_info 4).
 */
import type { ArmStateName } from '../../../protocol/base/baseJson';
import { BASE_SERVICE_ID, armStateTopic } from '../../../protocol/base/rpcs';
import type { NotificationInformationJson, NotificationSeverityName, TimestampJson } from '../../../protocol/commonJson';
import type { ServiceRobot, ServiceStateKey } from '../serviceTypes';

/** `active` is unset until the first change: the robot's healthy state is an option (k3ReadyArmState). */
const ARM_STATE: ServiceStateKey<{ active?: ArmStateName }> = { create: () => ({}) };

/** The state a healthy arm reports: a Link 6's is a switch (docs/protocol.md, "What real robots may do differently"). */
export function readyArmState(robot: ServiceRobot): ArmStateName {
  return robot.generation === 'k3' ? (robot.options.k3ReadyArmState ?? 'ARMSTATE_SERVOING_READY') : 'ARMSTATE_SERVOING_READY';
}

export function armState(robot: ServiceRobot): ArmStateName {
  return robot.state(ARM_STATE).active ?? readyArmState(robot);
}

export function isArmFaulted(robot: ServiceRobot): boolean {
  const state = armState(robot);
  return state === 'ARMSTATE_IN_FAULT' || state === 'ARMSTATE_IN_FAULT_POWERED_OFF' || state === 'ARMSTATE_IN_UNRECOVERABLE_FAULT';
}

/** The robot's clock as a protobuf Timestamp. */
export function robotTimestamp(robot: ServiceRobot): TimestampJson {
  const now = robot.now();
  return { sec: Math.floor(now / 1000), usec: Math.floor((now % 1000) * 1000) };
}

/** What every Kortex 3 notification carries instead of its own timestamp. */
export function genericInfo(robot: ServiceRobot, severity: NotificationSeverityName = 'NOTIF_INFO'): NotificationInformationJson {
  return { severity, timestamp: robotTimestamp(robot) };
}

/** Changes the arm state; a change is published to the topic's subscribers, stamped with the robot's clock. */
export function changeArmState(robot: ServiceRobot, state: ArmStateName): void {
  const arm = robot.state(ARM_STATE);
  const faulted = state.startsWith('ARMSTATE_IN_') && state.includes('FAULT');
  // Encoded first: an unknown state name throws here, before anything changed.
  const payload = armStateTopic.encodeNotification(
    robot.generation === 'k3'
      ? { activeState: state, genericInfo: genericInfo(robot, faulted ? 'NOTIF_ERROR' : 'NOTIF_INFO') }
      : { activeState: state, timestamp: robotTimestamp(robot) },
  );
  if (armState(robot) === state) return;
  arm.active = state;
  robot.notifications.publish(BASE_SERVICE_ID, armStateTopic.subscribe.functionId, payload);
}
