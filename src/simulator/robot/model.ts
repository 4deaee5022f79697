/**
 * The simulated robot (docs/protocol.md, "Session life" and "What real robots may do differently"):
 * its peers, users and sessions (ids, the session limit, inactivity timers that really close
 * sessions), access control, notification subscriptions, and the dispatch of each request to the
 * service that serves it. Transport-agnostic: a server attaches one SimConnection per peer (TCP
 * socket, MQTT client id) and feeds it decoded request frames. Headers are admitted in
 * requestAdmission.ts against the services' registration table (services/registry.ts), permissions
 * checked in permissions.ts; idle sessions expire by sessionExpiry.ts; subscriptions live in
 * notifications.ts; answers are framed in responses.ts. The services' handlers see the robot only
 * through a narrow ServiceRobot (services/serviceTypes.ts).
 */
import { EventEmitter } from 'node:events';
import { ErrorCode, SubErrorCode } from '../../protocol/errors';
import { Frame } from '../../protocol/frame';
import { FrameType, unpackHeader } from '../../protocol/header';
import { SessionStatusListJson } from '../../protocol/session/sessionStatusMessages';
import { sessionStatus } from '../services/session/connectionList';
import { ServedService, servedServices } from '../services/registry';
import type { ServiceCall, ServiceRobot, ServiceStateKey } from '../services/serviceTypes';
import type {
  AccessControlState,
  AttachInfo,
  Generation,
  SessionCloseReason,
  SessionListChange,
  SessionModelEvents,
  SessionSnapshot,
  SimulatorOptions,
} from './modelTypes';
import { RobotNotifications } from './notifications';
import { checkPermission } from './permissions';
import { admitRequest, requestHandler, requestName } from './requestAdmission';
import { RequestError, ResponseFrame, errorResponse, successResponse } from './responses';
import { cancelExpiry, isIdleExpired, scheduleExpiry } from './sessionExpiry';
import { SimSession, SimConnection, effectiveRoles } from './simConnection';
import { SimUser, UserDirectory, defaultUsersConfig } from './users';
import { Clock, systemClock } from '../../util/clock';

export class SessionModel extends EventEmitter<SessionModelEvents> {
  readonly generation: Generation;
  /** @internal What the services' handlers may use of the robot; also how RunningSimulator reaches a service (setArmState). */
  readonly serviceContext: ServiceRobot;
  private readonly directory: UserDirectory;
  private readonly noSessionMode: 'error' | 'drop';
  private readonly noSessionErrorSubCode: number;
  private readonly maxSessions: number;
  private readonly sessionLimitMode: 'refuse' | 'evict-oldest';
  private readonly now: () => number;
  /** Times the robot's timers (inactivity expiry; Kortex 3 PINGs in mqttRobot.ts). */
  readonly clock: Clock;
  private readonly served: ReadonlyMap<number, ServedService>;
  private readonly notifications = new RobotNotifications((delivery) => this.emit('notification', delivery));
  private readonly serviceStates = new Map<ServiceStateKey<unknown>, unknown>();

  private readonly connections = new Set<SimConnection>();
  /** Bumped on every change to the peers or their sessions (a GetConnections reply is cached per version). */
  private peersVersion = 0;
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
    this.noSessionMode = options.noSessionMode ?? 'error';
    this.noSessionErrorSubCode = options.noSessionErrorSubCode ?? SubErrorCode.INVALID_SESSION;
    this.maxSessions = options.maxSessions ?? 32;
    this.sessionLimitMode = options.sessionLimitMode ?? 'refuse';
    if (!Number.isInteger(this.maxSessions) || this.maxSessions < 1 || this.maxSessions > 0xffff) {
      throw new Error(`maxSessions must be an integer from 1 to 65535, got ${this.maxSessions}`);
    }
    this.served = servedServices(options.services, this.generation);
    const first = options.firstSessionId ?? 1;
    if (!Number.isInteger(first) || first < 1 || first > 0xffff)
      throw new Error(`firstSessionId must be an integer from 1 to 65535, got ${first}`);
    this.lastSessionId = first - 1;
    const clock = (this.clock = options.clock ?? systemClock);
    this.now = options.now ?? (options.clock ? () => clock.now() : Date.now);
    this.serviceContext = this.makeServiceContext({ ...options });
  }

  /** The narrow robot the services' handlers get (services/serviceTypes.ts). */
  private makeServiceContext(options: Readonly<SimulatorOptions>): ServiceRobot {
    return {
      generation: this.generation,
      options,
      users: this.directory,
      access: this.access,
      notifications: this.notifications,
      connections: () => this.connections,
      peersVersion: () => this.peersVersion,
      now: () => this.now(),
      clock: this.clock,
      serves: (serviceId) => this.served.has(serviceId),
      state: <T>(key: ServiceStateKey<T>): T => {
        if (!this.serviceStates.has(key)) this.serviceStates.set(key, key.create());
        return this.serviceStates.get(key) as T;
      },
      createSession: (conn, user, timeouts) => this.createSession(conn, user, timeouts),
      endSession: (conn, reason) => this.endSession(conn, reason),
      sessionsChanged: () => this.emitSessionsChanged(),
    };
  }

  /** The ids of the services this robot serves (the `services` option). */
  get servedServiceIds(): number[] {
    return [...this.served.keys()];
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
    this.peersVersion++;
    this.emit('attached', conn);
    return conn;
  }

  /** The peer is gone: its session ends with it. */
  detach(conn: SimConnection): void {
    if (!this.connections.delete(conn)) return;
    this.peersVersion++;
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
    this.resetServices('reboot');
  }

  /** Ends every session and clears every timer; later requests are dropped. */
  close(): void {
    if (this.closed) return;
    for (const conn of [...this.sessionsById.values()]) this.endSession(conn, 'shutdown');
    this.closed = true;
    this.resetServices('shutdown');
  }

  /** What the services run stops with the robot, and their timers with it. */
  private resetServices(cause: 'reboot' | 'shutdown'): void {
    for (const { registration } of this.served.values()) registration.robotReset?.(this.serviceContext, cause);
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

    const handler = requestHandler(fields, this.served);
    const name = requestName(fields, handler);
    this.emit('request', name, { name, serviceId: fields.serviceId, functionId: fields.functionId, connection: conn });

    try {
      const rpc = admitRequest(fields, this.served, this.generation);
      if (rpc.needsSession) {
        if (!conn.session || conn.session.id !== fields.sessionId) {
          if (this.noSessionMode === 'drop') return null;
          throw new RequestError(
            ErrorCode.ERROR_PROTOCOL_SERVER,
            this.noSessionErrorSubCode,
            fields.sessionId === 0 ? `${name} needs a session: call CreateSession first` : `session ${fields.sessionId} is not recognized`,
          );
        }
        checkPermission(conn.session, rpc.permissions, name);
      }
      const call: ServiceCall = { robot: this.serviceContext, connection: conn, session: conn.session, payload: frame.payload };
      const payload = rpc.run(call);
      return successResponse(frame.header, call.responseSessionId ?? conn.sessionId, payload);
    } catch (err) {
      if (err instanceof RequestError) return errorResponse(frame.header, err.code, err.subCode, err.message);
      // A bug of ours must not take the robot down; tell the peer rather than leave it waiting.
      return errorResponse(
        frame.header,
        ErrorCode.ERROR_INTERNAL,
        SubErrorCode.METHOD_FAILED,
        `internal simulator error: ${(err as Error).message}`,
      );
    }
  }

  /* ---------- sessions ---------- */

  private createSession(
    conn: SimConnection,
    user: SimUser,
    timeouts: { sessionInactivityTimeout: number; connectionInactivityTimeout: number },
  ): void {
    const othersOpen = this.sessionsById.size - (conn.session ? 1 : 0);
    if (othersOpen >= this.maxSessions) {
      if (this.sessionLimitMode === 'refuse') {
        throw new RequestError(
          ErrorCode.ERROR_DEVICE,
          SubErrorCode.METHOD_FAILED,
          `session limit reached (${this.maxSessions} sessions open)`,
        );
      }
      const oldest = [...this.sessionsById.values()]
        .filter((c) => c !== conn)
        .sort((a, b) => (a.session?.openedAt ?? 0) - (b.session?.openedAt ?? 0) || (a.session?.id ?? 0) - (b.session?.id ?? 0))[0];
      if (oldest) this.endSession(oldest, 'evicted');
    }
    this.endSession(conn, 'replaced');
    const session: SimSession = {
      id: this.allocateSessionId(),
      user,
      temporaryRoles: [],
      sessionInactivityTimeout: timeouts.sessionInactivityTimeout,
      connectionInactivityTimeout: timeouts.connectionInactivityTimeout,
      openedAt: this.now(),
      timer: undefined,
    };
    conn.session = session;
    this.sessionsById.set(session.id, conn);
    scheduleExpiry(
      this.clock,
      conn,
      session,
      session.sessionInactivityTimeout,
      () => this.now(),
      () => this.endSession(conn, 'expired'),
    );
    this.emit('session-opened', this.snapshot(conn, session));
    this.emitSessionsChanged();
  }

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
    this.notifications.endSession(session);
    for (const { registration } of this.served.values()) registration.sessionEnded?.(this.serviceContext, session);
    this.emit('session-closed', this.snapshot(conn, session), reason);
    this.emitSessionsChanged({ session: sessionStatus(session), reason });
  }

  /** Open sessions as the robot broadcasts them (PayloadSessionStatusRaw), by session id. */
  sessionStatusList(): SessionStatusListJson {
    const sessions = [...this.sessionsById.values()].map((c) => sessionStatus(c.session as SimSession));
    return { sessions: sessions.sort((a, b) => a.sessionIdentifier - b.sessionIdentifier) };
  }

  private emitSessionsChanged(ended?: SessionListChange['ended']): void {
    this.peersVersion++;
    if (this.listenerCount('sessions-changed') > 0)
      this.emit('sessions-changed', { sessions: this.sessionStatusList(), ...(ended ? { ended } : {}) });
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
