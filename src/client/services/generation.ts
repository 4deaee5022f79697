/**
 * The generation decides the table (docs/protocol.md, "The Base service"): a call only one
 * generation has is refused on the other, before anything is sent, with a KortexError naming it.
 */
import { KortexError } from '../core/errors';
import type { CallResult, RobotGeneration, ServiceCaller } from './caller';

/** The call, or a rejection (UNSUPPORTED) when the robot is not of `generation` or not probed yet. */
export function onGeneration<Out>(
  caller: ServiceCaller,
  generation: RobotGeneration,
  rpc: string,
  call: () => Promise<CallResult<Out>>,
): Promise<CallResult<Out>> {
  const actual = caller.generation();
  if (actual === generation) return call();
  const why = actual ? `a ${actual === 'k2' ? 'Kortex 2' : 'Kortex 3'} robot has no ${rpc}` : `the robot's generation is not known yet`;
  return Promise.reject(new KortexError(`${why}; nothing was sent`, { kind: 'UNSUPPORTED', rpc }));
}

/** The robot's generation, or a KortexError (UNSUPPORTED) thrown while an 'auto' transport has not probed it. */
export function knownGeneration(caller: ServiceCaller, what: string): RobotGeneration {
  const generation = caller.generation();
  if (!generation) throw new KortexError(`${what}: the robot's generation is not known until it was reached once`, { kind: 'UNSUPPORTED' });
  return generation;
}
