/**
 * The simulated robot's public shapes: options, snapshots and events of the SessionModel
 * (src/simulator/robot/model.ts), so servers and tests can name them without the model's internals.
 */
import type { SessionStatusJson, SessionStatusListJson } from '../../protocol/session/sessionStatusMessages';
import type { NotificationDelivery } from './notifications';
import type { UsersConfig } from './users';
import type { ConnectionKind, SimConnection } from './simConnection';
import type { Clock } from '../../util/clock';

export type Generation = 'k2' | 'k3';
/** 'evicted': ended to admit a new login at the session limit (`sessionLimitMode` 'evict-oldest'). */
export type SessionCloseReason = 'closed' | 'expired' | 'detached' | 'replaced' | 'reboot' | 'shutdown' | 'evicted';

export interface SimulatorOptions {
  generation: Generation;
  /** Users, roles and temporary roles; defaults to admin/operator/system (docs/architecture.md, "The simulator"). */
  users?: UsersConfig;
  /** Error code for a failed login (docs/protocol.md, "What real robots may do differently", #1); the sub-code is INVALID_PASSWORD or USER_NOT_FOUND. Default ERROR_DEVICE. */
  badCredentialsErrorCode?: number;
  /**
   * Sub-code for a failed login, replacing INVALID_PASSWORD and USER_NOT_FOUND (the real robot's
   * choice is unknown, docs/protocol.md, "What real robots may do differently", #1): lets tests check that a client treats any refusal as one.
   */
  badCredentialsSubCode?: number;
  /**
   * What to do with a request (other than CreateSession) that has no valid session (docs/protocol.md, "What real robots may do differently", #2).
   * The Gen3 guide says such commands are "discarded" ('drop'), but a dropped request makes every
   * client wait for its timeout; 'error' (the default for both generations) answers at once, so a
   * client can re-create its session instead of hanging.
   */
  noSessionMode?: 'error' | 'drop';
  /** Sub-code of the 'error' reply above (with ERROR_PROTOCOL_SERVER). Default INVALID_SESSION (12). */
  noSessionErrorSubCode?: number;
  /** Session id in the CloseSession response header (docs/protocol.md, "What real robots may do differently", #3). Default 'zero'. */
  closeSessionResponseSessionId?: 'zero' | 'same';
  /** Sessions open at once on the robot; one more CreateSession fails with ERROR_DEVICE/METHOD_FAILED. Default 32. */
  maxSessions?: number;
  /**
   * A login beyond `maxSessions`: refused with ERROR_DEVICE/METHOD_FAILED ('refuse', default), or
   * admitted after ending the oldest other session ('evict-oldest'). The real robot's choice is unknown.
   */
  sessionLimitMode?: 'refuse' | 'evict-oldest';
  /**
   * K3 only: contents of the deprecated `ConnectionList.connection` field. 'user' (default) repeats
   * the user connections there, for older clients that only read field 1; 'empty' leaves it out.
   */
  k3LegacyConnectionList?: 'user' | 'empty';
  /** First session id handed out (1..65535); later ids count up from it. Default 1. */
  firstSessionId?: number;
  /** Clock in ms, for timestamps and inactivity checks. Default: `clock`'s now() when a clock is given, else Date.now. */
  now?: () => number;
  /** Times the robot's timers (inactivity expiry, Kortex 3 PINGs); tests pass a manual one. Default: the system's. */
  clock?: Clock;
  /**
   * The services served, by name (services/registry.ts: 'session', 'base'); default all. A request
   * to a service left out answers ERROR_PROTOCOL_SERVER/UNSUPPORTED_SERVICE. Session cannot be left out.
   */
  services?: string[];
  /**
   * The robot's stored work with how long each runs: Kortex 2 Base actions, Kortex 3 programs.
   * Default: Home 1000 ms, Pick part 3000 ms, Place part 3000 ms (services/base/storedJobs.ts).
   */
  jobs?: StoredJobOption[];
  /** The next job started faults at its start or halfway through (once; ClearFaults recovers). Default none. */
  fault?: JobFaultTime;
  /**
   * Starting a job while another runs (docs/protocol.md, "What real robots may do differently"):
   * the running one aborts ('abort-previous', default) or the start is refused ('refuse').
   */
  busyStart?: 'abort-previous' | 'refuse';
  /** A job whose session ends keeps running ('continue', default) or aborts ('abort'); unknown on real robots. */
  jobOnSessionEnd?: 'continue' | 'abort';
  /** K3: ProgramRunner Stop with no program running answers ERROR_DEVICE ('error', default, as the vendor's comment says) or succeeds ('ok'). */
  stopWhenIdle?: 'error' | 'ok';
  /** K3: GetStatus still shows an ended program RUNNING for this long after its end event (a lagging status). Default 0. */
  k3StatusLagMs?: number;
  /** K3: the arm state of a healthy Link 6, which no public source names. Default ARMSTATE_SERVOING_READY. */
  k3ReadyArmState?: K3ReadyArmState;
}

export interface StoredJobOption {
  name: string;
  durationMs: number;
}

export type JobFaultTime = 'at-start' | 'mid-job';
export const JOB_FAULT_TIMES: readonly JobFaultTime[] = ['at-start', 'mid-job'];
export type K3ReadyArmState = 'ARMSTATE_SERVOING_READY' | 'ARMSTATE_ARM_OPERATIONAL';

export interface AttachInfo {
  /** Peer description shown in GetConnections, e.g. "127.0.0.1:54321". */
  information: string;
  /** `Common.ConnectionType` number; default CONNECTION_TYPE_MQTT_TCP (1). */
  connectionType?: number;
  /** Initiated from inside the controller. Default false. */
  isLocal?: boolean;
  /** Which K3 GetConnections list a session on this connection belongs to. Default 'user'. */
  kind?: ConnectionKind;
}

/** A snapshot of one open session, for tests and logs (never holds a password). */
export interface SessionSnapshot {
  sessionId: number;
  username: string;
  userId: number;
  /** Role identifiers: the user's role, then temporary roles. */
  roles: string[];
  temporaryRoles: string[];
  connectionId: number;
  connectionInformation: string;
  kind: ConnectionKind;
  sessionInactivityTimeout: number;
  connectionInactivityTimeout: number;
  openedAt: number;
  lastActivityAt: number;
}

export interface AccessControlState {
  singleSourceControl: boolean;
  bypassRemoteAccess: boolean;
}

export interface RequestEventInfo {
  /** RPC name ("CreateSession"), or "service S function F" when unknown. */
  name: string;
  serviceId: number;
  functionId: number;
  connection: SimConnection;
}

export interface SessionModelEvents {
  'session-opened': [session: SessionSnapshot];
  'session-closed': [session: SessionSnapshot, reason: SessionCloseReason];
  /** The list of open sessions or their roles changed; `ended` names a session that just ended. */
  'sessions-changed': [change: SessionListChange];
  request: [name: string, info: RequestEventInfo];
  attached: [connection: SimConnection];
  detached: [connection: SimConnection];
  /** A service published a notification its topic's subscribers must get (the servers frame it). */
  notification: [delivery: NotificationDelivery];
}

/** What the robot broadcasts on `sessions/status` (the list) and `sessions/killed` (`ended`). */
export interface SessionListChange {
  sessions: SessionStatusListJson;
  ended?: { session: SessionStatusJson; reason: SessionCloseReason };
}
