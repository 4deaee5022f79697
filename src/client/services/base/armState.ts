/**
 * The Base service's arm state (docs/protocol.md, "The Base service"): read it, or hear each change.
 * Typed calls over a ServiceCaller; nodes and the CLI use these, never the protocol tables.
 */
import { BaseRpcs, armStateTopic } from '../../../protocol/base/rpcs';
import type { ArmStateInformationJson, ArmStateNotificationJson } from '../../../protocol/base/baseJson';
import type { CallResult, ServiceCaller } from '../caller';

export type { ArmStateInformationJson, ArmStateName, ArmStateNotificationJson } from '../../../protocol/base/baseJson';

export function getArmState(caller: ServiceCaller, options?: { timeoutMs?: number }): Promise<CallResult<ArmStateInformationJson>> {
  return caller.callRpc(BaseRpcs.getArmState, {}, options);
}

/** `ownerId` (a node's id) hears every arm state change until it stops watching; see ServiceCaller.subscribe. */
export function watchArmState(caller: ServiceCaller, ownerId: string, callback: (notification: ArmStateNotificationJson) => void): void {
  caller.subscribe(armStateTopic, ownerId, callback);
}

/** `removed`: the owner is gone for good (the robot's subscription ends at once, not after the grace period). */
export function stopWatchingArmState(caller: ServiceCaller, ownerId: string, removed = true): void {
  caller.unsubscribe(armStateTopic, ownerId, removed);
}
