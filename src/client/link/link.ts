/**
 * One connection attempt of the session client, as one object: the probe ('auto'), the transport,
 * the router, the login (CreateSession), the keep-alive monitor, and every listener on them. It is
 * disposed as a whole, and a disposed link tells the client nothing more: callbacks of an old link
 * check the link's own `disposed` flag, so the client never has to tell old links from new.
 * The client keeps the states, admission, backoff and the reconnect timer (sessionClient.ts).
 */
// Straight from the modules, not the '../protocol' barrel: its re-exports compile to getters.
import type { RpcDescriptor } from '../../protocol/rpc';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../protocol/session/rpcs';
import { createTransport } from '../../transport';
import type { BrokerCredentials, MqttTlsOptions, Transport, TransportChoice, TransportKind } from '../../transport/types';
import type { Clock } from '../../util/clock';
import { KortexError, TransportUnavailableError } from '../core/errors';
import { KeepAliveMonitor, SessionCheckOutcome } from './keepAlive';
import type { NotificationListener } from './notifications';
import { problemGate } from './problemGate';
import type { RobotEndpoint } from './endpoint';
import { Router, RouterRequest } from './router';
import { SessionKilledEvent, SessionsEvent, listenToSessionBroadcasts } from './sessionBroadcasts';

/**
 * What a link needs of its client's options (the client's resolved options, session/options.ts,
 * are one): a link knows nothing of what lives longer than itself.
 */
export interface LinkSettings {
  host: string;
  namespace?: string;
  tls?: MqttTlsOptions;
  broker?: BrokerCredentials;
  username: string;
  password: string;
  sessionInactivityTimeoutMs: number;
  connectionInactivityTimeoutMs: number;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  keepAliveIntervalMs: number;
  clock: Clock;
  /** Builds the transport (tests): called with these settings and the transport and port the endpoint chose. */
  transportFactory?(options: LinkSettings & { transport: TransportChoice; port: number }): Transport;
}

/** What a link tells its client, only while it is not disposed (the kill check's outcome aside). */
export interface SessionLinkHooks {
  log(line: string): void;
  /** The link failed, or the robot no longer knows the session (`sessionLost`). */
  down(error: Error, sessionLost: boolean): void;
  /** A session check after a session-level error passed: calls held meanwhile may go. */
  verified(): void;
  /** Non-fatal trouble on the link (stray frames, garbage, an undecodable broadcast). */
  problem(error: Error): void;
  /** Kortex 3 `sessions/status`. */
  sessions(event: SessionsEvent): void;
  /** Kortex 3 `sessions/killed`, once decided (see onKilled). */
  sessionKilled(event: SessionKilledEvent): void;
}

export class SessionLink {
  private transport: Transport | undefined;
  private router: Router | undefined;
  private monitor: KeepAliveMonitor | undefined;
  private isDisposed = false;
  /** The listeners are off and the router's calls failed (once, by dispose or close). */
  private released = false;
  /** The last session check started for a kill broadcast: kills that join it report no second problem. */
  private killCheck: Promise<SessionCheckOutcome> | undefined;

  constructor(
    private readonly endpoint: RobotEndpoint,
    private readonly o: LinkSettings,
    private readonly hooks: SessionLinkHooks,
  ) {}

  /** Set by dispose() or close(): from then on, nothing of this link reaches the client. */
  get disposed(): boolean {
    return this.isDisposed;
  }

  /** The session id of the robot's last reply; 0 before the login. */
  get sessionId(): number {
    return this.router?.sessionId ?? 0;
  }

  /** The transport's "host:port" (its error texts start with it); undefined before it exists. */
  get transportEndpoint(): string | undefined {
    return this.transport?.endpoint;
  }

  /** The monitor of the open session (undefined until the login succeeded); calls tell it how they went. */
  get keepAlive(): KeepAliveMonitor | undefined {
    return this.monitor;
  }

  /** The link's transport kind; undefined before it exists. */
  get transportKind(): TransportKind | undefined {
    return this.transport?.kind;
  }

  /** Notification frames this link dropped because no live handle asked for them. */
  get droppedNotifications(): number {
    return this.router?.notifications.dropped ?? 0;
  }

  /** True while a session check after a session-level error runs: new calls wait for it. */
  get checkingSession(): boolean {
    // Stryker disable next-line BooleanLiteral: equivalent, the monitor starts before the session is reported open, and calls read this only while it is
    return this.monitor?.checkingSession ?? false;
  }

  /** Puts a call on the wire (the hot path: nothing allocated here). Throws before the transport exists. */
  send(request: RouterRequest): void {
    const router = this.router;
    if (!router) throw new KortexError('the link is not connected', { kind: 'NOT_CONNECTED', rpc: request.rpc });
    router.send(request);
  }

  /**
   * Probes ('auto'), creates the transport and connects it. Rejects with the failure; returns early
   * (without a transport) when the link was disposed meanwhile, which the caller checks. Without
   * a probe, a transport that cannot be built throws at once: the attempt fails within start().
   */
  connect(): Promise<void> {
    return this.endpoint.transport === 'auto' ? this.probeThenConnect() : this.connectTransport();
  }

  private async probeThenConnect(): Promise<void> {
    const chosen = await this.endpoint.resolve();
    if (chosen) this.hooks.log(`probe chose ${chosen} on port ${this.endpoint.port}`);
    if (!this.isDisposed) await this.connectTransport();
  }

  private connectTransport(): Promise<void> {
    let transport: Transport;
    try {
      transport = (this.o.transportFactory ?? defaultTransportFactory)({
        ...this.o,
        transport: this.endpoint.transport,
        port: this.endpoint.port,
      });
    } catch (err) {
      // e.g. an unavailable transport or an invalid namespace: a retryable failure, never a crash.
      const kind: TransportKind = this.endpoint.transport === 'mqtt' ? 'mqtt' : 'tcp';
      throw new TransportUnavailableError((err as Error)?.message ?? String(err), kind);
    }
    const router = new Router(transport, this.o.clock);
    this.transport = transport;
    this.router = router;
    const problem = problemGate((err) => this.hooks.problem(err), this.o.clock, transport.endpoint);
    transport.on('problem', problem);
    router.on('problem', problem);
    listenToSessionBroadcasts(transport, {
      sessions: (list) => {
        if (!this.isDisposed) this.hooks.sessions({ robot: this.endpoint.label, source: 'push', sessions: list.sessions });
      },
      killed: (sessions) => this.onKilled(sessions),
      problem,
    });
    transport.on('down', (err) => {
      if (!this.isDisposed) this.hooks.down(err, false);
    });
    transport.on('ping', () => {
      // Stryker disable next-line ConditionalExpression: equivalent, a disposed link's monitor is stopped: what it heard is never read
      if (!this.isDisposed) this.monitor?.heard();
    });
    this.hooks.log(`connecting (${this.endpoint.transport})`);
    return transport.connect(this.o.connectTimeoutMs);
  }

  /** Logs in (CreateSession) on the connected link; rejects with the robot's refusal or the link's failure. */
  async login(): Promise<void> {
    const payload = SessionRpcs.createSession.encodeRequest({
      username: this.o.username,
      password: this.o.password,
      sessionInactivityTimeout: this.o.sessionInactivityTimeoutMs,
      connectionInactivityTimeout: this.o.connectionInactivityTimeoutMs,
    });
    await (this.router as Router).call({
      serviceId: SESSION_SERVICE_ID,
      functionId: SessionRpcs.createSession.functionId,
      payload,
      timeoutMs: this.o.requestTimeoutMs,
      rpc: 'CreateSession',
    });
  }

  /**
   * One request outside the client's admission, as the login itself: the replay of the wanted
   * subscriptions runs before the session is reported open. Rejects when the link is not connected.
   */
  request(rpc: RpcDescriptor<unknown, unknown>, payload: Uint8Array | undefined, timeoutMs: number): Promise<Buffer> {
    const router = this.router;
    if (!router || this.isDisposed)
      return Promise.reject(new KortexError('the link is not connected', { kind: 'NOT_CONNECTED', rpc: rpc.name }));
    return router.call({ serviceId: rpc.serviceId, functionId: rpc.functionId, payload, timeoutMs, rpc: rpc.name });
  }

  /**
   * Starts delivering one robot-side subscription (the handle the robot answered) to `listener`, and
   * on Kortex 3 subscribes its topic. Resolves with the function that stops both; rejects past the
   * outlet's limit or when the broker refuses the topic (nothing stays open then).
   */
  async openNotifications(serviceId: number, functionId: number, identifier: number, listener: NotificationListener): Promise<() => void> {
    const router = this.router;
    const transport = this.transport;
    if (!router || !transport || this.isDisposed) throw new KortexError('the link is not connected', { kind: 'NOT_CONNECTED' });
    const closeHandle = router.notifications.open(serviceId, functionId, identifier, listener);
    try {
      await transport.subscribeNotifications(serviceId, functionId);
    } catch (err) {
      closeHandle();
      throw err;
    }
    return () => {
      closeHandle();
      transport.unsubscribeNotifications(serviceId, functionId);
    };
  }

  /** The session is open: the keep-alive monitor starts watching it. */
  startKeepAlive(): void {
    const router = this.router as Router;
    const monitor = new KeepAliveMonitor({
      link: {
        get lastSentAt() {
          return router.lastSentAt;
        },
        get lastReceivedAt() {
          return router.lastReceivedAt;
        },
        sendKeepAlive: (timeoutMs) =>
          router.call({ serviceId: SESSION_SERVICE_ID, functionId: SessionRpcs.keepAlive.functionId, timeoutMs, rpc: 'KeepAlive' }),
      },
      intervalMs: this.o.keepAliveIntervalMs,
      requestTimeoutMs: this.o.requestTimeoutMs,
      robot: this.endpoint.label,
      clock: this.o.clock,
      onLoss: (error, sessionLost) => {
        // Stryker disable next-line ConditionalExpression: equivalent, a disposed link's monitor is stopped, and a stopped monitor reports nothing
        if (!this.isDisposed) this.hooks.down(error, sessionLost);
      },
      onVerified: () => {
        // Stryker disable next-line ConditionalExpression: equivalent, as above
        if (!this.isDisposed) this.hooks.verified();
      },
    });
    this.monitor = monitor;
    monitor.start();
  }

  /** A `sessions/killed` broadcast (Kortex 3). */
  private onKilled(sessions: SessionKilledEvent['sessions']): void {
    if (this.isDisposed) return;
    const robot = this.endpoint.label;
    const sessionId = this.sessionId;
    const monitor = this.monitor;
    if (!monitor || !sessions.some((s) => s.sessionIdentifier === sessionId)) {
      this.hooks.sessionKilled({ robot, sessions, own: false });
      return;
    }
    // Anyone on the robot's anonymous broker can publish a kill: one KeepAlive decides, and only
    // a failed one logs in again (keepAlive.ts), before the event.
    const check = monitor.verifySession();
    const first = check !== this.killCheck;
    this.killCheck = check;
    void check
      .then((outcome) => {
        // 'ended': the link went down or the client closed first; its own events say so. A 'lost'
        // session is what disposed this link, so its outcome is reported all the same.
        if (outcome === 'ended') return;
        if (outcome === 'alive' && first) {
          this.hooks.problem(
            new KortexError(
              `a sessions/killed broadcast named session ${sessionId}, but the robot still answers KeepAlive for it: ignored (spoofed or stale)`,
              { robot },
            ),
          );
        }
        this.hooks.sessionKilled({ robot, sessions, own: outcome === 'lost' });
      })
      .catch((err: unknown) => this.hooks.problem(err as Error)); // a throwing listener, off the broadcast's stack now
  }

  /**
   * Drops the link at once (idempotent): the keep-alive monitor stops, the router's calls fail with
   * the error `reason` builds for each RPC, every listener goes, the transport is closed.
   */
  dispose(reason: (rpc: string) => Error): void {
    this.isDisposed = true;
    this.monitor?.stop();
    const transport = this.release(reason);
    if (transport) void transport.close(0);
  }

  /**
   * Ends the link cleanly within `timeoutMs` (the client's close): stops it at once, says
   * CloseSession first when `sayGoodbye` and the link is up, then disposes it. Never rejects.
   */
  async close(reason: (rpc: string) => Error, sayGoodbye: boolean, timeoutMs: number): Promise<void> {
    // Stryker disable next-line ConditionalExpression: equivalent, a disposed link's transport is closed (no goodbye: not connected) and released once
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.monitor?.stop();
    const deadline = this.o.clock.now() + timeoutMs;
    const router = this.router;
    if (sayGoodbye && router && this.transport?.connected) {
      try {
        await router.call({
          serviceId: SESSION_SERVICE_ID,
          functionId: SessionRpcs.closeSession.functionId,
          timeoutMs: Math.max(50, Math.floor(timeoutMs / 2)),
          // Stryker disable next-line StringLiteral: equivalent, only the goodbye's failure names it, and that is swallowed
          rpc: 'CloseSession',
        });
      } catch {
        // A robot that does not confirm CloseSession still loses the session on inactivity.
      }
    }
    const transport = this.release(reason);
    if (transport) await transport.close(Math.max(50, deadline - this.o.clock.now()));
  }

  /** Fails the router's calls and takes every listener off; returns the transport to close (the first time only). */
  private release(reason: (rpc: string) => Error): Transport | undefined {
    if (this.released) return undefined;
    this.released = true;
    this.router?.dispose(reason);
    this.router?.removeAllListeners();
    const transport = this.transport;
    transport?.removeAllListeners();
    return transport;
  }
}

function defaultTransportFactory(o: LinkSettings & { transport: TransportChoice; port: number }): Transport {
  // Stryker disable next-line StringLiteral: equivalent, never thrown: a link builds its transport only once 'auto' has probed
  if (o.transport === 'auto') throw new Error('transport "auto" must be resolved before connecting');
  return createTransport({ kind: o.transport, host: o.host, port: o.port, namespace: o.namespace, tls: o.tls, broker: o.broker });
}
