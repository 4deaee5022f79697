/**
 * The services the simulated robot serves: one line each. Adding a service is a folder under
 * src/simulator/services/ with its registration (serviceTypes.ts) and a line here.
 */
import { baseService } from './base/baseService';
import type { RpcHandler, ServiceRegistration } from './serviceTypes';
import { sessionService } from './session/sessionService';

export const SIMULATED_SERVICES: readonly ServiceRegistration[] = [sessionService, baseService];

/** A registered service with its RPCs by function id. */
export interface ServedService {
  readonly registration: ServiceRegistration;
  readonly byFunctionId: ReadonlyMap<number, RpcHandler>;
}

/**
 * The services a robot serves, by service id: those `names` lists (SimulatorOptions.services),
 * or all. Throws on an unknown name, and when Session is left out (no other service works without a session).
 */
export function servedServices(names?: readonly string[]): ReadonlyMap<number, ServedService> {
  const known = SIMULATED_SERVICES.map((s) => s.name);
  for (const name of names ?? []) {
    if (!known.includes(name)) throw new Error(`unknown simulated service '${name}' (expected ${known.join(', ')})`);
  }
  if (names && !names.includes(sessionService.name))
    throw new Error(`the services option must list '${sessionService.name}': every other service needs its sessions`);
  const served = new Map<number, ServedService>();
  for (const registration of SIMULATED_SERVICES) {
    if (names && !names.includes(registration.name)) continue;
    served.set(registration.serviceId, { registration, byFunctionId: new Map(registration.rpcs.map((h) => [h.rpc.functionId, h])) });
  }
  return served;
}
