/**
 * The simulated robot's Session service (docs/protocol.md, "Session life" and "What real robots may do differently"): users and roles, session ids,
 * inactivity timers that really close sessions, temporary roles and access control, and the
 * dispatch of each request. Transport-agnostic: a server attaches one SimConnection per peer (TCP
 * socket, MQTT client id) and feeds it decoded request frames. Headers are checked in
 * requestAdmission.ts, permissions in permissions.ts; idle sessions expire by sessionExpiry.ts,
 * temporary roles are granted by temporaryRoles.ts; GetConnections lists are built in
 * connectionList.ts, answers framed in responses.ts.
 */
import { EventEmitter } from 'node:events';
import { ErrorCode, SubErrorCode } from '../../protocol/errors';
import { Frame } from '../../protocol/frame';
import { FrameType, unpackHeader } from '../../protocol/header';
import { SessionRpcKey, SessionRpcs } from '../../protocol/session/rpcs';
import { CreateSessionInfoInput } from '../../protocol/session/sessionJson';
import { SessionStatusListJson } from '../../protocol/session/sessionStatusMessages';
import { buildConnectionList, sessionStatus } from '../services/session/connectionList';
import type {
  AccessControlState, AttachInfo, Generation, ResponseFrame, SessionCloseReason, SessionListChange, SessionModelEvents, SessionSnapshot,
  SimulatorOptions,
} from './modelTypes';
import { checkPermission } from './permissions';
import { admitRequest, requestTarget } from './requestAdmission';
import { RequestError, decodePayload, errorResponse, successResponse } from './responses';
import { cancelExpiry, isIdleExpired, scheduleExpiry } from './sessionExpiry';
import { SimSession, SimConnection, effectiveRoles } from './simConnection';
import { grantTemporaryRole, removeTemporaryRoles } from '../services/session/temporaryRoles';
import { UserDirectory, defaultUsersConfig } from './users';
import { Clock, systemClock } from '../../util/clock';

interface Outcome {
  payload?: Uint8Array;
  /** Session id for the response header when it is not the connection's current one. */
  sessionIdOverride?: number;
}

export class SessionModel extends EventEmitter<SessionModelEvents> {
  readonly generation: Generation;
  private readonly directory: UserDirectory;
  private readonly badCredentialsErrorCode: number;
  private readonly badCredentialsSubCode: number | undefined;
  private readonly noSessionMode: 'error' | 'drop';
  private readonly noSessionErrorSubCode: number;
  private readonly closeSessionResponseSessionId: 'zero' | 'same';
  private readonly maxSessions: number;
  private readonly sessionLimitMode: 'refuse' | 'evict-oldest';
  private readonly k3LegacyConnectionList: 'user' | 'empty';
  private readonly now: () => number;
  /** Times the robot's timers (inactivity expiry; Kortex 3 PINGs in mqttRobot.ts). */
  readonly clock: Clock;

  private readonly connections = new Set<SimConnection>();
  /** connectionListPayload() cache; cleared on every change to the list. */
  private encodedConnectionList: Uint8Array | undefined;
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
    this.sessionLimitMode = options.sessionLimitMode ?? 'refuse';
    if (!Number.isInteger(this.maxSessions) || this.maxSessions < 1 || this.maxSessions > 0xffff) {
      throw new Error(`maxSessions must be an integer from 1 to 65535, got ${this.maxSessions}`);
    }
    this.k3LegacyConnectionList = options.k3LegacyConnectionList ?? 'user';
    const first = options.firstSessionId ?? 1;
    if (!Number.isInteger(first) || first < 1 || first > 0xffff) throw new Error(`firstSessionId must be an integer from 1 to 65535, got ${first}`);
    this.lastSessionId = first - 1;
    const clock = (this.clock = options.clock ?? systemClock);
    this.now = options.now ?? (options.clock ? () => clock.now() : Date.now);
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
    this.encodedConnectionList = undefined;
    this.emit('attached', conn);
    return conn;
  }

  /** The peer is gone: its session ends with it. */
  detach(conn: SimConnection): void {
    if (!this.connections.delete(conn)) return;
    this.encodedConnectionList = undefined;
    conn.attached = false;
    this.endSession(conn, 'detached');
    this.emit('detached', conn);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /* ---------- observability ---------- */

  sessions(): SessionSnapshot[] {
    return [...this.sessionsById.values()].map((conn) => this.snapshot(conn, conn.session as SimSession));
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
      if (isIdleExpired(conn, now)) this.endSession(conn, 'expired');
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

    if (fields.frameType === FrameType.Pong && this.generation === 'k3') return null; // liveness only (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883")

    const target = requestTarget(fields);
    const name = target.name;
    this.emit('request', name, { name, serviceId: fields.serviceId, functionId: fields.functionId, connection: conn });

    try {
      const rpcKey = admitRequest(fields, target, this.generation);
      if (rpcKey !== 'createSession') {
        if (!conn.session || conn.session.id !== fields.sessionId) {
          if (this.noSessionMode === 'drop') return null;
          throw new RequestError(ErrorCode.ERROR_PROTOCOL_SERVER, this.noSessionErrorSubCode,
            fields.sessionId === 0 ? `${name} needs a session: call CreateSession first` : `session ${fields.sessionId} is not recognized`);
        }
        checkPermission(conn.session, rpcKey, name);
      }
      const outcome = this.dispatch(conn, rpcKey, frame.payload);
      return successResponse(frame.header, outcome.sessionIdOverride ?? conn.sessionId, outcome.payload);
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
        return { payload: this.connectionListPayload() };
      case 'addTemporaryUserRole': {
        const request = decodePayload(() => SessionRpcs.addTemporaryUserRole.decodeRequest(payload), 'TemporaryRoleRequest');
        if (grantTemporaryRole(this.directory, conn.session as SimSession, request)) this.emitSessionsChanged();
        return {};
      }
      case 'removeTemporaryUserRole':
        if (removeTemporaryRoles(conn.session)) this.emitSessionsChanged();
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
      if (this.sessionLimitMode === 'refuse') {
        throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.METHOD_FAILED, `session limit reached (${this.maxSessions} sessions open)`);
      }
      const oldest = [...this.sessionsById.values()].filter((c) => c !== conn).sort((a, b) => (a.session?.openedAt ?? 0) - (b.session?.openedAt ?? 0) || (a.session?.id ?? 0) - (b.session?.id ?? 0))[0];
      if (oldest) this.endSession(oldest, 'evicted');
    }
    this.endSession(conn, 'replaced');
    const session: SimSession = {
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
    scheduleExpiry(this.clock, conn, session, session.sessionInactivityTimeout, () => this.now(), () => this.endSession(conn, 'expired'));
    this.emit('session-opened', this.snapshot(conn, session));
    this.emitSessionsChanged();
  }

  /* ---------- sessions ---------- */

  /** Non-zero 16-bit ids from an incrementing counter, wrapping and skipping ids in use (docs/protocol.md, "What real robots may do differently", #4). */
  private allocateSessionId(): number {
    let id = this.lastSessionId;
    do {
      id = id >= 0xffff ? 1 : id + 1;
    } while (this.sessionsById.has(id));
    this.lastSessionId = id;
    return id;
  }

  private endSession(conn: SimConnection, reason: SessionCloseReason): void {
    const session = conn.session;
    if (!session) return;
    cancelExpiry(this.clock, session);
    conn.session = undefined;
    this.sessionsById.delete(session.id);
    this.emit('session-closed', this.snapshot(conn, session), reason);
    this.emitSessionsChanged({ session: sessionStatus(session), reason });
  }

  /** Open sessions as the robot broadcasts them (PayloadSessionStatusRaw), by session id. */
  sessionStatusList(): SessionStatusListJson {
    const sessions = [...this.sessionsById.values()].map((c) => sessionStatus(c.session as SimSession));
    return { sessions: sessions.sort((a, b) => a.sessionIdentifier - b.sessionIdentifier) };
  }

  /**
   * The GetConnections reply, encoded once per change: it holds no clock value, so between two
   * changes (a peer attached or detached, a session opened or ended, a temporary role added or
   * removed; all pass through attach, detach or emitSessionsChanged) every poll gets the same bytes.
   */
  private connectionListPayload(): Uint8Array | undefined {
    this.encodedConnectionList ??= SessionRpcs.getConnections.encodeResponse(buildConnectionList(this.generation, this.connections, this.k3LegacyConnectionList));
    return this.encodedConnectionList;
  }

  private emitSessionsChanged(ended?: SessionListChange['ended']): void {
    this.encodedConnectionList = undefined;
    if (this.listenerCount('sessions-changed') > 0) this.emit('sessions-changed', { sessions: this.sessionStatusList(), ...(ended ? { ended } : {}) });
  }

  private snapshot(conn: SimConnection, session: SimSession): SessionSnapshot {
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
}
