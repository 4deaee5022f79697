/**
 * The simulated robot's Session service (spec §7, §8.2, §8.3): users and roles, session ids,
 * inactivity timers that really close sessions, per-connection entries for GetConnections,
 * temporary roles and access control. Transport-agnostic: a server attaches one SimConnection per
 * peer (TCP socket, MQTT client id) and feeds it decoded request frames.
 */
import { EventEmitter } from 'node:events';
import {
  ConnectionJson, ConnectionListJson, ConnectionTypeName, CreateSessionInfoInput, ErrorCode, Frame, FrameType,
  HEADER_VERSION, RawHeader, SESSION_SERVICE_ID, SessionRpcKey, SessionRpcs, SubErrorCode, TemporaryRoleRequestInput,
  UserPermissionName, UserRoleJson, encodeErrorPayload, packFrameInfo, packMessageInfo, packPayloadInfo,
  sessionRpcByFunctionId, unpackHeader,
} from '../protocol';
import { RoleDefinition, SimUser, UserDirectory, UsersConfig, defaultUsersConfig } from './users';

export { loadUsersFile, parseUsersConfig, defaultUsersConfig } from './users';
export type { UsersConfig, UserDefinition, RoleDefinition, TemporaryRoleDefinition } from './users';

export type Generation = 'k2' | 'k3';
export type ConnectionKind = 'user' | 'plugin' | 'internal' | 'monitor';
export type SessionCloseReason = 'closed' | 'expired' | 'detached' | 'replaced' | 'reboot' | 'shutdown';

export interface SimulatorOptions {
  generation: Generation;
  /** Users, roles and temporary roles; defaults to admin/operator/system (design §4). */
  users?: UsersConfig;
  /** Error code for a failed login (spec §11.1); the sub-code is INVALID_PASSWORD or USER_NOT_FOUND. Default ERROR_DEVICE. */
  badCredentialsErrorCode?: number;
  /**
   * Sub-code for a failed login, replacing INVALID_PASSWORD and USER_NOT_FOUND (the real robot's
   * choice is unknown, spec §11.1): lets tests check that a client treats any refusal as one.
   */
  badCredentialsSubCode?: number;
  /**
   * What to do with a request (other than CreateSession) that has no valid session (spec §11.2).
   * The Gen3 guide says such commands are "discarded" ('drop'), but a dropped request makes every
   * client wait for its timeout; 'error' (the default for both generations) answers at once, so a
   * client can re-create its session instead of hanging.
   */
  noSessionMode?: 'error' | 'drop';
  /** Sub-code of the 'error' reply above (with ERROR_PROTOCOL_SERVER). Default INVALID_SESSION (12). */
  noSessionErrorSubCode?: number;
  /** Session id in the CloseSession response header (spec §11.3). Default 'zero'. */
  closeSessionResponseSessionId?: 'zero' | 'same';
  /** Sessions open at once on the robot; one more CreateSession fails with ERROR_DEVICE/METHOD_FAILED. Default 32. */
  maxSessions?: number;
  /**
   * K3 only: contents of the deprecated `ConnectionList.connection` field. 'user' (default) repeats
   * the user connections there, for older clients that only read field 1; 'empty' leaves it out.
   */
  k3LegacyConnectionList?: 'user' | 'empty';
  /** First session id handed out (1..65535); later ids count up from it. Default 1. */
  firstSessionId?: number;
  /** Clock in ms, for timestamps and inactivity checks. Default Date.now. */
  now?: () => number;
}

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

/** One response frame to send back; `payload` is absent for Empty outputs. */
export interface ResponseFrame {
  header: RawHeader;
  payload?: Uint8Array;
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
  request: [name: string, info: RequestEventInfo];
  attached: [connection: SimConnection];
  detached: [connection: SimConnection];
}

const CONNECTION_TYPE_NAMES: Record<number, ConnectionTypeName> = {
  0: 'CONNECTION_TYPE_UNSPECIFIED',
  1: 'CONNECTION_TYPE_MQTT_TCP',
  2: 'CONNECTION_TYPE_MQTT_WEBSOCKET',
  3: 'CONNECTION_TYPE_UDP',
};

/** `Common.Permission` bits READ|UPDATE|DELETE; the simulator does not model per-profile rights. */
const FULL_PROFILE_PERMISSION = 7;

interface SessionState {
  id: number;
  user: SimUser;
  temporaryRoles: RoleDefinition[];
  sessionInactivityTimeout: number;
  connectionInactivityTimeout: number;
  openedAt: number;
  timer: NodeJS.Timeout | undefined;
}

/** One peer of the robot. Created by SessionModel.attach; holds at most one session. */
export class SimConnection {
  /** @internal */ session: SessionState | undefined;
  /** @internal */ lastActivityAt: number;
  /** @internal */ attached = true;

  constructor(
    readonly id: number,
    readonly information: string,
    readonly connectionType: number,
    readonly isLocal: boolean,
    readonly kind: ConnectionKind,
    now: number,
  ) {
    this.lastActivityAt = now;
  }

  /** The session id of this connection, 0 when it has none. */
  get sessionId(): number {
    return this.session?.id ?? 0;
  }
}

/** A failure answered with an error frame (spec §3.3). */
class RequestError extends Error {
  constructor(readonly code: number, readonly subCode: number, text: string) {
    super(text);
  }
}

interface Outcome {
  payload?: Uint8Array;
  /** Session id for the response header when it is not the connection's current one. */
  sessionIdOverride?: number;
}

/** Permission needed per RPC (spec §5.3 K3 docs column; §11.11 guesses for the undocumented ones). */
const REQUIRED_PERMISSIONS: Partial<Record<SessionRpcKey, UserPermissionName[]>> = {
  getConnections: ['USER_PERMISSION_READ_ONLY'],
  addTemporaryUserRole: ['USER_PERMISSION_OPERATE'],
  removeTemporaryUserRole: ['USER_PERMISSION_OPERATE'],
  setAccessControl: ['USER_PERMISSION_SYSTEM', 'USER_PERMISSION_CONFIGURE'],
  getAccessControl: ['USER_PERMISSION_READ_ONLY'],
};

export class SessionModel extends EventEmitter<SessionModelEvents> {
  readonly generation: Generation;
  private readonly directory: UserDirectory;
  private readonly badCredentialsErrorCode: number;
  private readonly badCredentialsSubCode: number | undefined;
  private readonly noSessionMode: 'error' | 'drop';
  private readonly noSessionErrorSubCode: number;
  private readonly closeSessionResponseSessionId: 'zero' | 'same';
  private readonly maxSessions: number;
  private readonly k3LegacyConnectionList: 'user' | 'empty';
  private readonly now: () => number;

  private readonly connections = new Set<SimConnection>();
  private readonly sessionsById = new Map<number, SimConnection>();
  private nextConnectionId = 1;
  private lastSessionId = 0;
  private readonly access: AccessControlState = { singleSourceControl: false, bypassRemoteAccess: false };
  private closed = false;

  constructor(options: SimulatorOptions) {
    super();
    if (options.generation !== 'k2' && options.generation !== 'k3') {
      throw new Error(`unknown robot generation '${String(options.generation)}' (expected k2 or k3)`);
    }
    this.generation = options.generation;
    this.directory = new UserDirectory(options.users ?? defaultUsersConfig());
    this.badCredentialsErrorCode = options.badCredentialsErrorCode ?? ErrorCode.ERROR_DEVICE;
    this.badCredentialsSubCode = options.badCredentialsSubCode;
    this.noSessionMode = options.noSessionMode ?? 'error';
    this.noSessionErrorSubCode = options.noSessionErrorSubCode ?? SubErrorCode.INVALID_SESSION;
    this.closeSessionResponseSessionId = options.closeSessionResponseSessionId ?? 'zero';
    this.maxSessions = options.maxSessions ?? 32;
    if (!Number.isInteger(this.maxSessions) || this.maxSessions < 1 || this.maxSessions > 0xffff) {
      throw new Error(`maxSessions must be an integer from 1 to 65535, got ${this.maxSessions}`);
    }
    this.k3LegacyConnectionList = options.k3LegacyConnectionList ?? 'user';
    const first = options.firstSessionId ?? 1;
    if (!Number.isInteger(first) || first < 1 || first > 0xffff) throw new Error(`firstSessionId must be an integer from 1 to 65535, got ${first}`);
    this.lastSessionId = first - 1;
    this.now = options.now ?? Date.now;
  }

  /* ---------- connections ---------- */

  attach(info: AttachInfo): SimConnection {
    const conn = new SimConnection(
      this.nextConnectionId++,
      info.information,
      info.connectionType ?? 1,
      info.isLocal ?? false,
      info.kind ?? 'user',
      this.now(),
    );
    this.connections.add(conn);
    this.emit('attached', conn);
    return conn;
  }

  /** The peer is gone: its session ends with it. */
  detach(conn: SimConnection): void {
    if (!this.connections.delete(conn)) return;
    conn.attached = false;
    this.endSession(conn, 'detached');
    this.emit('detached', conn);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /* ---------- observability ---------- */

  sessions(): SessionSnapshot[] {
    return [...this.sessionsById.values()].map((conn) => this.snapshot(conn, conn.session as SessionState));
  }

  get accessControl(): AccessControlState {
    return { ...this.access };
  }

  /* ---------- robot-wide actions ---------- */

  /** A simulated reboot: every session ends; single-source control persists, bypass-remote-access does not. */
  reboot(): void {
    for (const conn of [...this.sessionsById.values()]) this.endSession(conn, 'reboot');
    this.access.bypassRemoteAccess = false;
  }

  /** Ends every session and clears every timer; later requests are dropped. */
  close(): void {
    if (this.closed) return;
    for (const conn of [...this.sessionsById.values()]) this.endSession(conn, 'shutdown');
    this.closed = true;
  }

  /**
   * Closes sessions whose connection has been idle for their session_inactivity_timeout (the
   * robot's ProcessConnectionsSanity). Timers call this on their own; a test with a fake clock may
   * call it directly.
   */
  processConnectionsSanity(): void {
    const now = this.now();
    for (const conn of [...this.sessionsById.values()]) {
      const s = conn.session;
      if (s && s.sessionInactivityTimeout > 0 && now - conn.lastActivityAt >= s.sessionInactivityTimeout) {
        this.endSession(conn, 'expired');
      }
    }
  }

  /* ---------- requests ---------- */

  /**
   * Handles one decoded frame from `conn` and returns the response to send, or null to send
   * nothing. Never throws for anything a peer can send.
   */
  handleRequest(conn: SimConnection, frame: Frame): ResponseFrame | null {
    if (this.closed || !conn.attached) return null;
    // Any frame at all counts as activity for the inactivity timeout.
    conn.lastActivityAt = this.now();
    const fields = unpackHeader(frame.header);

    if (fields.frameType === FrameType.Pong && this.generation === 'k3') return null; // liveness only (spec §6.3)

    const rpcKey = fields.serviceId === SESSION_SERVICE_ID ? sessionRpcByFunctionId(fields.functionId) : undefined;
    const name = rpcKey ? SessionRpcs[rpcKey].name : `service ${fields.serviceId} function ${fields.functionId}`;
    this.emit('request', name, { name, serviceId: fields.serviceId, functionId: fields.functionId, connection: conn });

    try {
      if (fields.headerVersion !== HEADER_VERSION) {
        throw protocolError(SubErrorCode.INCOMPATIBLE_HEADER_VERSION, `header version ${fields.headerVersion} is not supported (expected ${HEADER_VERSION})`);
      }
      if (fields.frameType !== FrameType.Request) {
        throw protocolError(SubErrorCode.UNSUPPORTED_FRAME_TYPE, `frame type ${fields.frameType} is not accepted here (expected a request)`);
      }
      if (fields.deviceId !== 0) {
        // The simulated controller has no sub-devices to bridge to (spec §8.7).
        throw protocolError(SubErrorCode.INVALID_DEVICE, `device ${fields.deviceId} does not exist on this robot`);
      }
      if (fields.serviceId !== SESSION_SERVICE_ID) {
        throw protocolError(SubErrorCode.UNSUPPORTED_SERVICE, `service ${fields.serviceId} is not simulated (only Session, service 1)`);
      }
      if (!rpcKey) {
        throw protocolError(SubErrorCode.UNSUPPORTED_METHOD, `Session has no function ${fields.functionId}`);
      }
      if (SessionRpcs[rpcKey].k3Only && this.generation === 'k2') {
        throw protocolError(SubErrorCode.UNSUPPORTED_METHOD, `${name} is not available on a Kortex 2 robot`);
      }
      if (rpcKey !== 'createSession') {
        if (!conn.session || conn.session.id !== fields.sessionId) {
          if (this.noSessionMode === 'drop') return null;
          throw new RequestError(ErrorCode.ERROR_PROTOCOL_SERVER, this.noSessionErrorSubCode,
            fields.sessionId === 0 ? `${name} needs a session: call CreateSession first` : `session ${fields.sessionId} is not recognized`);
        }
        this.checkPermission(conn.session, rpcKey, name);
      }
      const outcome = this.dispatch(conn, rpcKey, frame.payload);
      return this.successResponse(frame.header, outcome.sessionIdOverride ?? conn.sessionId, outcome.payload);
    } catch (err) {
      if (err instanceof RequestError) return errorResponse(frame.header, err.code, err.subCode, err.message);
      // A bug of ours must not take the robot down; tell the peer rather than leave it waiting.
      return errorResponse(frame.header, ErrorCode.ERROR_INTERNAL, SubErrorCode.METHOD_FAILED, `internal simulator error: ${(err as Error).message}`);
    }
  }

  private dispatch(conn: SimConnection, rpcKey: SessionRpcKey, payload: Uint8Array): Outcome {
    switch (rpcKey) {
      case 'createSession':
        this.createSession(conn, decodePayload(() => SessionRpcs.createSession.decodeRequest(payload), 'CreateSessionInfo'));
        return {};
      case 'closeSession': {
        const id = conn.sessionId;
        this.endSession(conn, 'closed');
        return { sessionIdOverride: this.closeSessionResponseSessionId === 'same' ? id : 0 };
      }
      case 'keepAlive':
        return {};
      case 'getConnections':
        return { payload: SessionRpcs.getConnections.encodeResponse(this.connectionList()) };
      case 'addTemporaryUserRole':
        this.addTemporaryRole(conn, decodePayload(() => SessionRpcs.addTemporaryUserRole.decodeRequest(payload), 'TemporaryRoleRequest'));
        return {};
      case 'removeTemporaryUserRole':
        if (conn.session) conn.session.temporaryRoles = [];
        return {};
      case 'setAccessControl': {
        const options = decodePayload(() => SessionRpcs.setAccessControl.decodeRequest(payload), 'AccessControlOptions');
        this.access.singleSourceControl = options.singleSourceControl;
        this.access.bypassRemoteAccess = options.bypassRemoteAccess;
        return {};
      }
      case 'getAccessControl':
        return { payload: SessionRpcs.getAccessControl.encodeResponse({ ...this.access }) };
    }
  }

  private createSession(conn: SimConnection, info: CreateSessionInfoInput): void {
    const user = this.directory.user(info.username);
    if (!user) {
      throw new RequestError(this.badCredentialsErrorCode, this.badCredentialsSubCode ?? SubErrorCode.USER_NOT_FOUND, `user '${info.username}' not found`);
    }
    if (user.password !== info.password) {
      throw new RequestError(this.badCredentialsErrorCode, this.badCredentialsSubCode ?? SubErrorCode.INVALID_PASSWORD, `invalid password for user '${user.username}'`);
    }
    const othersOpen = this.sessionsById.size - (conn.session ? 1 : 0);
    if (othersOpen >= this.maxSessions) {
      throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.METHOD_FAILED, `session limit reached (${this.maxSessions} sessions open)`);
    }
    this.endSession(conn, 'replaced');
    const session: SessionState = {
      id: this.allocateSessionId(),
      user,
      temporaryRoles: [],
      sessionInactivityTimeout: info.sessionInactivityTimeout ?? 0,
      connectionInactivityTimeout: info.connectionInactivityTimeout ?? 0,
      openedAt: this.now(),
      timer: undefined,
    };
    conn.session = session;
    this.sessionsById.set(session.id, conn);
    this.scheduleExpiry(conn, session, session.sessionInactivityTimeout);
    this.emit('session-opened', this.snapshot(conn, session));
  }

  private addTemporaryRole(conn: SimConnection, request: TemporaryRoleRequestInput): void {
    const session = conn.session as SessionState;
    const grantor = this.directory.temporaryRoleGrantor(request.roleIdentifier);
    const role = this.directory.role(request.roleIdentifier);
    if (!grantor || !role) {
      throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.ENTITY_NOT_FOUND, `'${request.roleIdentifier}' is not a temporary role`);
    }
    if (grantor.password !== request.password) {
      throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_PASSWORD, `invalid password for temporary role '${role.identifier}'`);
    }
    if (!session.temporaryRoles.some((r) => r.identifier === role.identifier)) session.temporaryRoles.push(role);
  }

  private checkPermission(session: SessionState, rpcKey: SessionRpcKey, name: string): void {
    const required = REQUIRED_PERMISSIONS[rpcKey];
    if (!required) return;
    const held = new Set(effectiveRoles(session).flatMap((r) => r.permissions));
    if (!required.some((p) => held.has(p))) {
      const needed = required.map((p) => p.replace('USER_PERMISSION_', '')).join(' or ');
      throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_USER_SESSION_ACCESS, `${name} needs the ${needed} permission, which user '${session.user.username}' does not have`);
    }
  }

  /* ---------- sessions ---------- */

  /** Non-zero 16-bit ids from an incrementing counter, wrapping and skipping ids in use (spec §11.4). */
  private allocateSessionId(): number {
    let id = this.lastSessionId;
    do {
      id = id >= 0xffff ? 1 : id + 1;
    } while (this.sessionsById.has(id));
    this.lastSessionId = id;
    return id;
  }

  private scheduleExpiry(conn: SimConnection, session: SessionState, delayMs: number): void {
    if (session.sessionInactivityTimeout <= 0) return;
    // One timer per session, re-armed for the remaining idle time instead of reset on every request.
    session.timer = setTimeout(() => {
      session.timer = undefined;
      if (conn.session !== session) return;
      const idle = this.now() - conn.lastActivityAt;
      if (idle >= session.sessionInactivityTimeout) this.endSession(conn, 'expired');
      else this.scheduleExpiry(conn, session, session.sessionInactivityTimeout - idle);
    }, Math.max(1, delayMs));
    session.timer.unref();
  }

  private endSession(conn: SimConnection, reason: SessionCloseReason): void {
    const session = conn.session;
    if (!session) return;
    if (session.timer) clearTimeout(session.timer);
    session.timer = undefined;
    conn.session = undefined;
    this.sessionsById.delete(session.id);
    this.emit('session-closed', this.snapshot(conn, session), reason);
  }

  private snapshot(conn: SimConnection, session: SessionState): SessionSnapshot {
    return {
      sessionId: session.id,
      username: session.user.username,
      userId: session.user.id,
      roles: effectiveRoles(session).map((r) => r.identifier),
      temporaryRoles: session.temporaryRoles.map((r) => r.identifier),
      connectionId: conn.id,
      connectionInformation: conn.information,
      kind: conn.kind,
      sessionInactivityTimeout: session.sessionInactivityTimeout,
      connectionInactivityTimeout: session.connectionInactivityTimeout,
      openedAt: session.openedAt,
      lastActivityAt: conn.lastActivityAt,
    };
  }

  /* ---------- GetConnections ---------- */

  private connectionList(): ConnectionListJson {
    const list: ConnectionListJson = {
      connection: [], userConnections: [], pluginConnections: [], internalConnections: [],
      unauthenticatedConnections: [], monitorConnections: [],
    };
    const ordered = [...this.connections].sort((a, b) => a.id - b.id);
    if (this.generation === 'k2') {
      for (const conn of ordered) if (conn.session) list.connection.push(this.k2Entry(conn, conn.session));
      return list;
    }
    const byKind: Record<ConnectionKind, ConnectionJson[]> = {
      user: list.userConnections, plugin: list.pluginConnections, internal: list.internalConnections, monitor: list.monitorConnections,
    };
    for (const conn of ordered) {
      if (conn.session) byKind[conn.kind].push(this.k3Entry(conn, conn.session));
      else list.unauthenticatedConnections.push(this.k3Entry(conn, undefined));
    }
    if (this.k3LegacyConnectionList === 'user') list.connection = list.userConnections.map((c) => ({ ...c }));
    return list;
  }

  /** K2 `Connection`: fields 1..3 only; the K3 fields stay at their defaults, so they are not sent. */
  private k2Entry(conn: SimConnection, session: SessionState): ConnectionJson {
    return {
      ...blankConnection(conn.information),
      userHandle: { identifier: session.user.id, permission: FULL_PROFILE_PERMISSION },
      connectionIdentifier: session.id,
    };
  }

  /** K3 `Connection`: field 3 is reserved in K3, so connectionIdentifier stays 0 (not sent). */
  private k3Entry(conn: SimConnection, session: SessionState | undefined): ConnectionJson {
    const entry: ConnectionJson = {
      ...blankConnection(conn.information),
      isLocal: conn.isLocal,
      connectionType: CONNECTION_TYPE_NAMES[conn.connectionType] ?? 'CONNECTION_TYPE_UNSPECIFIED',
    };
    if (session) {
      entry.userHandle = { identifier: session.user.id, permission: FULL_PROFILE_PERMISSION };
      entry.sessionIdentifier = session.id;
      entry.connectionInactivityTimeout = session.connectionInactivityTimeout;
      entry.roles = effectiveRoles(session).map(roleJson);
      entry.username = session.user.username;
    }
    return entry;
  }

  private successResponse(request: RawHeader, sessionId: number, payload: Uint8Array | undefined): ResponseFrame {
    const fields = unpackHeader(request);
    const length = payload?.length ?? 0;
    return {
      header: {
        frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, fields.deviceId, 0, 0),
        messageInfo: packMessageInfo(sessionId, fields.messageId),
        serviceInfo: request.serviceInfo,
        payloadInfo: packPayloadInfo(length),
      },
      payload: length > 0 ? payload : undefined,
    };
  }
}

/* ---------- helpers ---------- */

/** The user's role, then each temporary role not already held. */
function effectiveRoles(session: SessionState): RoleDefinition[] {
  const roles = [session.user.role];
  for (const r of session.temporaryRoles) if (!roles.some((held) => held.identifier === r.identifier)) roles.push(r);
  return roles;
}

function roleJson(role: RoleDefinition): UserRoleJson {
  return { identifier: role.identifier, permissions: [...role.permissions] };
}

function blankConnection(information: string): ConnectionJson {
  return {
    connectionInformation: information,
    connectionIdentifier: 0,
    isLocal: false,
    sessionIdentifier: 0,
    connectionInactivityTimeout: 0,
    roles: [],
    connectionType: 'CONNECTION_TYPE_UNSPECIFIED',
    isWebapp: false,
    username: '',
  };
}

function protocolError(subCode: number, text: string): RequestError {
  return new RequestError(ErrorCode.ERROR_PROTOCOL_SERVER, subCode, text);
}

function decodePayload<T>(decode: () => T, typeName: string): T {
  try {
    return decode();
  } catch {
    throw protocolError(SubErrorCode.PAYLOAD_DECODING_ERR, `the ${typeName} payload could not be decoded`);
  }
}

/**
 * An error response exactly as spec §3.3: the request header copied, frame_info rewritten to
 * RESPONSE with the error bits, an `Error` payload and its length.
 */
export function errorResponse(request: RawHeader, code: number, subCode: number, text: string): ResponseFrame {
  // The text alone: clients already name the code and sub-code from the header bits.
  const payload = encodeErrorPayload(code, subCode, text);
  const deviceId = (request.frameInfo >>> 16) & 0xff;
  return {
    header: {
      ...request,
      frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, deviceId, code, subCode),
      payloadInfo: packPayloadInfo(payload.length),
    },
    payload,
  };
}
