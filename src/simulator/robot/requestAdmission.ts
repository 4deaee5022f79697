/**
 * Which frames the simulated robot serves as Session requests: the header checks made before any
 * session or permission check, each refusal answered with its protocol error (responses.ts).
 */
import { SubErrorCode } from '../../protocol/errors';
import { FrameType, HEADER_VERSION, HeaderFields } from '../../protocol/header';
import { SESSION_SERVICE_ID, SessionRpcKey, SessionRpcs, sessionRpcByFunctionId } from '../../protocol/session/rpcs';
import type { Generation } from './modelTypes';
import { protocolError } from './responses';

export interface RequestTarget {
  /** The Session RPC the header names, if it names one. */
  rpcKey: SessionRpcKey | undefined;
  /** Its name, or "service S function F", for events and error texts. */
  name: string;
}

export function requestTarget(fields: HeaderFields): RequestTarget {
  const rpcKey = fields.serviceId === SESSION_SERVICE_ID ? sessionRpcByFunctionId(fields.functionId) : undefined;
  return { rpcKey, name: rpcKey ? SessionRpcs[rpcKey].name : `service ${fields.serviceId} function ${fields.functionId}` };
}

/** The RPC to run; throws the protocol error a `generation` robot answers when the header asks for something it does not serve. */
export function admitRequest(fields: HeaderFields, target: RequestTarget, generation: Generation): SessionRpcKey {
  if (fields.headerVersion !== HEADER_VERSION) {
    throw protocolError(SubErrorCode.INCOMPATIBLE_HEADER_VERSION, `header version ${fields.headerVersion} is not supported (expected ${HEADER_VERSION})`);
  }
  if (fields.frameType !== FrameType.Request) {
    throw protocolError(SubErrorCode.UNSUPPORTED_FRAME_TYPE, `frame type ${fields.frameType} is not accepted here (expected a request)`);
  }
  if (fields.deviceId !== 0) {
    // The simulated controller has no sub-devices to bridge to (docs/protocol.md, "What real robots may do differently", #7).
    throw protocolError(SubErrorCode.INVALID_DEVICE, `device ${fields.deviceId} does not exist on this robot`);
  }
  if (fields.serviceId !== SESSION_SERVICE_ID) {
    throw protocolError(SubErrorCode.UNSUPPORTED_SERVICE, `service ${fields.serviceId} is not simulated (only Session, service 1)`);
  }
  const { rpcKey, name } = target;
  if (!rpcKey) {
    throw protocolError(SubErrorCode.UNSUPPORTED_METHOD, `Session has no function ${fields.functionId}`);
  }
  if (SessionRpcs[rpcKey].k3Only && generation === 'k2') {
    throw protocolError(SubErrorCode.UNSUPPORTED_METHOD, `${name} is not available on a Kortex 2 robot`);
  }
  return rpcKey;
}
