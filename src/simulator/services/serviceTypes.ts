/**
 * What a simulated service is made of (its registration, one handler per RPC) and the narrow part
 * of the robot its handlers may use. The robot (robot/model.ts) admits each request's header,
 * checks its session and permission, then runs the handler; services never see the robot itself.
 */
import type { NotificationHandleJson, NotificationOptionsJson, RpcDescriptor } from '../../protocol/rpc';
import type { UserPermissionName } from '../../protocol/session/sessionJson';
import type { AccessControlState, Generation, SessionCloseReason, SimulatorOptions } from '../robot/modelTypes';
import type { RobotNotifications } from '../robot/notifications';
import { decodePayload } from '../robot/responses';
import type { SimConnection, SimSession } from '../robot/simConnection';
import type { SimUser, UserDirectory } from '../robot/users';
import type { Clock } from '../../util/clock';

/** A piece of per-robot state a service keeps: made on first use, one per robot. */
export interface ServiceStateKey<T> {
  readonly create: () => T;
}

/** The robot as its services see it. */
export interface ServiceRobot {
  readonly generation: Generation;
  readonly options: Readonly<SimulatorOptions>;
  readonly users: UserDirectory;
  /** The robot's access control, changed in place by the Session service. */
  readonly access: AccessControlState;
  readonly notifications: RobotNotifications;
  /** Every peer, attached or with a session. */
  connections(): Iterable<SimConnection>;
  /** Changes whenever a peer attaches or detaches, or a session opens, ends or changes roles. */
  peersVersion(): number;
  now(): number;
  /** Times what the robot does (a job's duration); tests pass a manual one (SimulatorOptions.clock). */
  readonly clock: Clock;
  /** Whether this robot serves the service (the `services` option). */
  serves(serviceId: number): boolean;
  state<T>(key: ServiceStateKey<T>): T;
  /** Opens a session for `user` on `conn` (within the robot's session limit), replacing its current one. */
  createSession(
    conn: SimConnection,
    user: SimUser,
    timeouts: { sessionInactivityTimeout: number; connectionInactivityTimeout: number },
  ): void;
  endSession(conn: SimConnection, reason: SessionCloseReason): void;
  /** The sessions' roles changed: tells listeners (status broadcasts) and the peers' version. */
  sessionsChanged(): void;
}

/** One request being served. */
export interface ServiceCall {
  readonly robot: ServiceRobot;
  readonly connection: SimConnection;
  /** The caller's session; always set for an RPC that needs one (checked before the handler runs). */
  readonly session: SimSession | undefined;
  readonly payload: Uint8Array;
  /** Session id for the response header instead of the connection's (CloseSession may echo the closed one). */
  responseSessionId?: number;
}

/** How the robot serves one RPC. */
export interface RpcHandler {
  /** Name, function id and whether only Kortex 3 robots have it. */
  readonly rpc: RpcDescriptor<unknown, unknown>;
  /** False only for the RPC that opens a session. */
  readonly needsSession: boolean;
  /** The session needs one of these (empty: any logged-in user). */
  readonly permissions: readonly UserPermissionName[];
  /** The encoded reply payload (undefined for Empty); throws a RequestError to answer an error. */
  run(call: ServiceCall): Uint8Array | undefined;
}

/** One service of the simulated robot: a line of SIMULATED_SERVICES (registry.ts). */
export interface ServiceRegistration {
  readonly serviceId: number;
  /** How the `services` option names it, e.g. "base". */
  readonly name: string;
  /** The vendor's name, for error texts, e.g. "Base". */
  readonly vendorName: string;
  readonly rpcs: readonly RpcHandler[];
  /** Only a Kortex 3 robot serves it (a Kortex 2 robot answers UNSUPPORTED_SERVICE). */
  readonly k3Only?: boolean;
  /** A session ended, whatever the reason (its subscriptions are already gone). */
  sessionEnded?(robot: ServiceRobot, session: SimSession): void;
  /** The robot reboots (after its sessions ended) or closes: what the service runs stops, its timers are cleared. */
  robotReset?(robot: ServiceRobot, cause: 'reboot' | 'shutdown'): void;
}

export interface ServeOptions {
  /** Default true. */
  needsSession?: boolean;
  permissions?: readonly UserPermissionName[];
  /** The input message's name, for the PAYLOAD_DECODING_ERR text ("Empty" when it has none). */
  inputType: string;
}

/** A handler that decodes the input with the RPC's codec and encodes what `handle` returns. */
export function serveRpc<In, Out>(
  rpc: RpcDescriptor<In, Out>,
  options: ServeOptions,
  handle: (input: In, call: ServiceCall) => Out,
): RpcHandler {
  return {
    rpc,
    needsSession: options.needsSession ?? true,
    permissions: options.permissions ?? [],
    run: (call) =>
      rpc.encodeResponse(
        handle(
          decodePayload(() => rpc.decodeRequest(call.payload), options.inputType),
          call,
        ),
      ),
  };
}

/** The caller's session in a handler of an RPC that needs one. */
export function callerSession(call: ServiceCall): SimSession {
  if (!call.session) throw new Error(`${call.connection.information} has no session`); // the robot checked it: a bug of ours
  return call.session;
}

/** A service's OnNotification…Topic: the options (rate, threshold) do not matter for an event topic, every change is sent. */
export function serveSubscribe(rpc: RpcDescriptor<NotificationOptionsJson, NotificationHandleJson>): RpcHandler {
  return serveRpc(rpc, { inputType: 'NotificationOptions' }, (_options, call) => ({
    identifier: call.robot.notifications.subscribe(call.connection, callerSession(call), rpc.serviceId, rpc.functionId),
  }));
}

/** A service's Unsubscribe, with a handle its caller holds. */
export function serveUnsubscribe(rpc: RpcDescriptor<NotificationHandleJson, Record<string, never>>): RpcHandler {
  return serveRpc(rpc, { inputType: 'NotificationHandle' }, (handle, call) => {
    call.robot.notifications.unsubscribe(callerSession(call), rpc.serviceId, handle.identifier);
    return {};
  });
}
