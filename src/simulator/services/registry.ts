/**
 * The services the simulated robot serves: one line each. Adding a service is a folder under
 * src/simulator/services/ with its registration (serviceTypes.ts) and a line here.
 */
import { baseService } from './base/baseService';
import type { Generation } from '../robot/modelTypes';
import type { RpcHandler, ServiceRegistration } from './serviceTypes';
import { programRunnerService } from './programRunner/programRunnerService';
import { sessionService } from './session/sessionService';

export const SIMULATED_SERVICES: readonly ServiceRegistration[] = [sessionService, baseService, programRunnerService];

/** A registered service with its RPCs by function id. */
export interface ServedService {
  readonly registration: ServiceRegistration;
  readonly byFunctionId: ReadonlyMap<number, RpcHandler>;
}

/**
 * The services a `generation` robot serves, by service id: those `names` lists (SimulatorOptions.services),
 * or all; a Kortex 3 service only on Kortex 3. Throws on an unknown name, and when Session is left out (no other service works without a session).
 */
export function servedServices(names: readonly string[] | undefined, generation: Generation): ReadonlyMap<number, ServedService> {
  const known = SIMULATED_SERVICES.map((s) => s.name);
  for (const name of names ?? []) {
    if (!known.includes(name)) throw new Error(`unknown simulated service '${name}' (expected ${known.join(', ')})`);
  }
  if (names && !names.includes(sessionService.name))
    throw new Error(`the services option must list '${sessionService.name}': every other service needs its sessions`);
  const served = new Map<number, ServedService>();
  for (const registration of SIMULATED_SERVICES) {
    if ((names && !names.includes(registration.name)) || (registration.k3Only && generation === 'k2')) continue;
    served.set(registration.serviceId, { registration, byFunctionId: new Map(registration.rpcs.map((h) => [h.rpc.functionId, h])) });
  }
  return served;
}
