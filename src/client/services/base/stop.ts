/**
 * The Base service's faults and stops (docs/protocol.md, "The Base service"): clear the faults, stop
 * the motion, and the hard stop on function 0x91, which each generation names (and does) its own way.
 */
import { BaseRpcs } from '../../../protocol/base/rpcs';
import { BaseK3Rpcs } from '../../../protocol/base/k3Rpcs';
import type { CallResult, ServiceCaller } from '../caller';
import { onGeneration } from '../generation';

import type { EmptyJson as Empty } from '../../../protocol/rpcCodecs';

/** Leaves the fault state (both generations); the arm may move again. */
export function clearFaults(caller: ServiceCaller, options?: { timeoutMs?: number }): Promise<CallResult<Empty>> {
  return caller.callRpc(BaseRpcs.clearFaults, {}, options);
}

/** Stops the arm's motion (both generations). */
export function stop(caller: ServiceCaller, options?: { timeoutMs?: number }): Promise<CallResult<Empty>> {
  return caller.callRpc(BaseRpcs.stop, {}, options);
}

/** Kortex 2's emergency stop; refused (UNSUPPORTED) on Kortex 3, whose 0x91 is applyQuickStop. */
export function applyEmergencyStop(caller: ServiceCaller, options?: { timeoutMs?: number }): Promise<CallResult<Empty>> {
  return onGeneration(caller, 'k2', 'ApplyEmergencyStop', () => caller.callRpc(BaseRpcs.applyEmergencyStop, {}, options));
}

/** Kortex 3's category 2 stop (the arm then waits in Monitored Stop); refused (UNSUPPORTED) on Kortex 2. */
export function applyQuickStop(caller: ServiceCaller, options?: { timeoutMs?: number }): Promise<CallResult<Empty>> {
  return onGeneration(caller, 'k3', 'ApplyQuickStop', () => caller.callRpc(BaseK3Rpcs.applyQuickStop, {}, options));
}
