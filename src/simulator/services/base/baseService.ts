/**
 * The simulated robot's Base service (service 2), as far as this package uses it: the arm state,
 * read with GetArmState and pushed to the sessions that subscribed to its topic whenever it
 * changes (setArmState, e.g. from RunningSimulator.setArmState). Any logged-in user may call these.
 */
import { BASE_SERVICE_ID, BaseRpcs, armStateTopic } from '../../../protocol/base/rpcs';
import type { ArmStateName } from '../../../protocol/base/baseJson';
import { ServiceRegistration, ServiceRobot, ServiceStateKey, callerSession, serveRpc } from '../serviceTypes';

const ARM_STATE: ServiceStateKey<{ active: ArmStateName }> = {
  create: () => ({ active: 'ARMSTATE_SERVOING_READY' }),
};

export const baseService: ServiceRegistration = {
  serviceId: BASE_SERVICE_ID,
  name: 'base',
  vendorName: 'Base',
  rpcs: [
    serveRpc(BaseRpcs.getArmState, { inputType: 'Empty' }, (_input, call) => ({ activeState: call.robot.state(ARM_STATE).active })),
    // The options (rate, threshold) do not matter for an event topic: every change is sent.
    serveRpc(armStateTopic.subscribe, { inputType: 'NotificationOptions' }, (_options, call) => ({
      identifier: call.robot.notifications.subscribe(
        call.connection,
        callerSession(call),
        BASE_SERVICE_ID,
        armStateTopic.subscribe.functionId,
      ),
    })),
    serveRpc(armStateTopic.unsubscribe, { inputType: 'NotificationHandle' }, (handle, call) => {
      call.robot.notifications.unsubscribe(callerSession(call), BASE_SERVICE_ID, handle.identifier);
      return {};
    }),
  ],
};

/** Changes the arm state; a change is published to the topic's subscribers, stamped with the robot's clock. */
export function setArmState(robot: ServiceRobot, state: ArmStateName): void {
  if (!robot.serves(BASE_SERVICE_ID)) throw new Error('this simulated robot does not serve Base (see the services option)');
  const arm = robot.state(ARM_STATE);
  // Encoded first: an unknown state name throws here, before anything changed.
  const now = robot.now();
  const payload = armStateTopic.encodeNotification({
    activeState: state,
    timestamp: { sec: Math.floor(now / 1000), usec: Math.floor((now % 1000) * 1000) },
  });
  if (arm.active === state) return;
  arm.active = state;
  robot.notifications.publish(BASE_SERVICE_ID, armStateTopic.subscribe.functionId, payload);
}
