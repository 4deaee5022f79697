/**
 * An arm whose state keeps changing (StartSimulatorOptions.armStateChatterHz): a load case for
 * the bench and tests (docs/performance.md, "Arm state from a fleet"), not how an arm at rest
 * behaves. Each tick the arm goes from its ready state to ARMSTATE_SERVOING_MANUALLY_CONTROLLED or
 * back, published as any change is; a faulted arm is left alone, its fault stays until ClearFaults.
 */
import type { ArmStateName } from '../../../protocol/base/baseJson';
import { BASE_SERVICE_ID } from '../../../protocol/base/rpcs';
import type { ServiceRobot } from '../serviceTypes';
import { armState, changeArmState, isArmFaulted, readyArmState } from './armState';

/** Changes a second, at most: past this the simulator only measures itself. */
const MAX_ARM_STATE_CHATTER_HZ = 1000;
const OTHER_STATE: ArmStateName = 'ARMSTATE_SERVOING_MANUALLY_CONTROLLED';

/** The option checked: 0 (off) when unset; throws naming the value when it is not a rate from 0 to the maximum. */
export function checkedChatterHz(hz: unknown): number {
  if (hz === undefined) return 0;
  if (typeof hz !== 'number' || !Number.isFinite(hz) || hz < 0 || hz > MAX_ARM_STATE_CHATTER_HZ) {
    throw new Error(`armStateChatterHz must be a number of changes a second from 0 to ${MAX_ARM_STATE_CHATTER_HZ}, got ${String(hz)}`);
  }
  return hz;
}

/** Starts the changes on the robot's clock; returns what stops them. Throws when the robot does not serve Base. */
export function startArmStateChatter(robot: ServiceRobot, hz: number): () => void {
  if (!robot.serves(BASE_SERVICE_ID)) throw new Error('armStateChatterHz needs the Base service (see the services option)');
  const timer = robot.clock.setInterval(() => {
    if (isArmFaulted(robot)) return;
    const ready = readyArmState(robot);
    changeArmState(robot, armState(robot) === ready ? OTHER_STATE : ready);
  }, 1000 / hz);
  return () => robot.clock.clearInterval(timer);
}
