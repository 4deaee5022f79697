/**
 * The package's public API (`main` in package.json), for scripts that talk to a robot or start a
 * simulated one. Everything else in src/ is internal and may change without notice; the Node-RED
 * nodes load their own modules and do not go through this file.
 */

// The session client: one robot session that logs in, keeps alive and reconnects on its own.
export { KortexSessionClient } from './client/session/client';
export type { SessionClientEventMap } from './client/session/client';
export { DEFAULT_SESSION_OPTIONS } from './client/session/options';
export type { BrokerCredentials, MqttTlsOptions, SessionClientOptions } from './client/session/options';
export type { TransportChoice, TransportKind } from './transport/types';

// Its events ('state', 'sessions', 'session-killed') and each call's result.
export type { SessionState, SessionStateEvent } from './client/session/states';
export type { SessionKilledEvent, SessionsEvent } from './client/link/sessionBroadcasts';
export type { CallMeta, CallResult } from './client/core/callResult';

// Its errors: every failed call rejects with a KortexError.
export { KortexError, TransportUnavailableError } from './client/core/errors';
export type { ClientErrorKind, KortexErrorDetails } from './client/core/errors';

// The calls (`client.call(rpc, input)`) and what their replies hold (msg.payload in a flow).
export type { RpcInput, RpcOutput, SessionRpcKey } from './protocol/session/rpcs';
export type {
  AccessControlOptionsJson,
  ConnectionJson,
  ConnectionListJson,
  ConnectionTypeName,
  CreateSessionInfoInput,
  EmptyJson,
  TemporaryRoleRequestInput,
  UserPermissionName,
  UserProfileHandleJson,
  UserRoleJson,
} from './protocol/session/sessionJson';
export type { SessionStatusJson, SessionStatusListJson } from './protocol/session/sessionStatusMessages';

// The simulated robot (`kortex-sim` on the command line).
export { startSimulator } from './simulator';
export type { RunningSimulator, SimulatorTransport, StartSimulatorOptions } from './simulator';
export type { Generation, SimulatorOptions } from './simulator/robot/modelTypes';
export { defaultUsersConfig } from './simulator/robot/users';
export type { RoleDefinition, TemporaryRoleDefinition, UserDefinition, UsersConfig } from './simulator/robot/users';
export type { KilledPayloadForm, StatusBroadcastOptions, StatusEnvelopeChoice } from './simulator/services/session/statusBroadcaster';
export type { BrokerAccess } from './transport/brokerAccess';
