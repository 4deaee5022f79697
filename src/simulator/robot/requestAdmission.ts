/**
 * Which frames the simulated robot serves as requests: the header checks made before any session
 * or permission check, each refusal answered with its protocol error (responses.ts). The services
 * and their RPCs come from the registration table (services/registry.ts).
 */
import { SubErrorCode } from '../../protocol/errors';
import { FrameType, HEADER_VERSION, HeaderFields } from '../../protocol/header';
import type { ServedService } from '../services/registry';
import type { RpcHandler } from '../services/serviceTypes';
import type { Generation } from './modelTypes';
import { protocolError } from './responses';

/** The handler the header names, if the robot serves one there. */
export function requestHandler(fields: HeaderFields, services: ReadonlyMap<number, ServedService>): RpcHandler | undefined {
  return services.get(fields.serviceId)?.byFunctionId.get(fields.functionId);
}

/** The RPC's name, or "service S function F", for events and error texts. */
export function requestName(fields: HeaderFields, handler: RpcHandler | undefined): string {
  return handler ? handler.rpc.name : `service ${fields.serviceId} function ${fields.functionId}`;
}

/** The RPC to run; throws the protocol error a `generation` robot answers when the header asks for something it does not serve. */
export function admitRequest(fields: HeaderFields, services: ReadonlyMap<number, ServedService>, generation: Generation): RpcHandler {
  if (fields.headerVersion !== HEADER_VERSION) {
    throw protocolError(
      SubErrorCode.INCOMPATIBLE_HEADER_VERSION,
      `header version ${fields.headerVersion} is not supported (expected ${HEADER_VERSION})`,
    );
  }
  if (fields.frameType !== FrameType.Request) {
    throw protocolError(SubErrorCode.UNSUPPORTED_FRAME_TYPE, `frame type ${fields.frameType} is not accepted here (expected a request)`);
  }
  if (fields.deviceId !== 0) {
    // The simulated controller has no sub-devices to bridge to (docs/protocol.md, "What real robots may do differently", #7).
    throw protocolError(SubErrorCode.INVALID_DEVICE, `device ${fields.deviceId} does not exist on this robot`);
  }
  const service = services.get(fields.serviceId);
  if (!service) {
    const served = [...services.values()].map((s) => `${s.registration.vendorName} ${s.registration.serviceId}`).join(', ');
    throw protocolError(SubErrorCode.UNSUPPORTED_SERVICE, `service ${fields.serviceId} is not simulated (this robot serves ${served})`);
  }
  const handler = service.byFunctionId.get(fields.functionId);
  if (!handler) {
    throw protocolError(SubErrorCode.UNSUPPORTED_METHOD, `${service.registration.vendorName} has no function ${fields.functionId}`);
  }
  if (handler.rpc.k3Only && generation === 'k2') {
    throw protocolError(SubErrorCode.UNSUPPORTED_METHOD, `${handler.rpc.name} is not available on a Kortex 2 robot`);
  }
  return handler;
}
