/**
 * The Session service (service id 1, version 1): its RPC table, one codec pair per RPC, payloads
 * in canonical JSON (docs/protocol.md, "The Session service").
 */
import type { RpcDescriptor } from '../rpc';
import { decodeConnectionList } from './connectionList';
import { SessionMessages, decodeMessage, encodeMessage } from '../messageCodec';
import type {
  AccessControlOptionsJson,
  ConnectionListJson,
  CreateSessionInfoInput,
  EmptyJson,
  TemporaryRoleRequestInput,
} from './sessionJson';

export const SESSION_SERVICE_ID = 1;

const emptyCodec = {
  encode: (): undefined => undefined,
  decode: (): EmptyJson => ({}),
};

function rpc<In, Out>(d: Omit<RpcDescriptor<In, Out>, 'serviceId'>): RpcDescriptor<In, Out> {
  return { serviceId: SESSION_SERVICE_ID, ...d };
}

function emptyIn(name: string, functionId: number, k3Only: boolean) {
  return { name, functionId, k3Only, encodeRequest: emptyCodec.encode, decodeRequest: emptyCodec.decode };
}
function emptyOut() {
  return { encodeResponse: emptyCodec.encode, decodeResponse: emptyCodec.decode };
}

const Session = SessionMessages;

export const SessionRpcs = {
  createSession: rpc<CreateSessionInfoInput, EmptyJson>({
    name: 'CreateSession',
    functionId: 1,
    k3Only: false,
    encodeRequest: (input) => encodeMessage(Session.CreateSessionInfo, 'CreateSessionInfo', input),
    decodeRequest: (bytes) => decodeMessage(Session.CreateSessionInfo, bytes),
    ...emptyOut(),
  }),
  closeSession: rpc<EmptyJson, EmptyJson>({ ...emptyIn('CloseSession', 2, false), ...emptyOut() }),
  keepAlive: rpc<EmptyJson, EmptyJson>({ ...emptyIn('KeepAlive', 3, false), ...emptyOut() }),
  getConnections: rpc<EmptyJson, ConnectionListJson>({
    ...emptyIn('GetConnections', 4, false),
    encodeResponse: (output) => encodeMessage(Session.ConnectionList, 'ConnectionList', output),
    decodeResponse: decodeConnectionList,
  }),
  addTemporaryUserRole: rpc<TemporaryRoleRequestInput, EmptyJson>({
    name: 'AddTemporaryUserRole',
    functionId: 5,
    k3Only: true,
    encodeRequest: (input) => encodeMessage(Session.TemporaryRoleRequest, 'TemporaryRoleRequest', input),
    decodeRequest: (bytes) => decodeMessage(Session.TemporaryRoleRequest, bytes),
    ...emptyOut(),
  }),
  removeTemporaryUserRole: rpc<EmptyJson, EmptyJson>({ ...emptyIn('RemoveTemporaryUserRole', 6, true), ...emptyOut() }),
  setAccessControl: rpc<AccessControlOptionsJson, EmptyJson>({
    name: 'SetAccessControl',
    functionId: 7,
    k3Only: true,
    encodeRequest: (input) => encodeMessage(Session.AccessControlOptions, 'AccessControlOptions', input),
    decodeRequest: (bytes) => decodeMessage(Session.AccessControlOptions, bytes),
    ...emptyOut(),
  }),
  getAccessControl: rpc<EmptyJson, AccessControlOptionsJson>({
    ...emptyIn('GetAccessControl', 8, true),
    encodeResponse: (output) => encodeMessage(Session.AccessControlOptions, 'AccessControlOptions', output),
    decodeResponse: (bytes) => decodeMessage(Session.AccessControlOptions, bytes),
  }),
} as const;

export type SessionRpcKey = keyof typeof SessionRpcs;
export type RpcInput<K extends SessionRpcKey> = (typeof SessionRpcs)[K] extends RpcDescriptor<infer I, infer _O> ? I : never;
export type RpcOutput<K extends SessionRpcKey> = (typeof SessionRpcs)[K] extends RpcDescriptor<infer _I, infer O> ? O : never;
