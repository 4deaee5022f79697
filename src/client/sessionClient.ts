/**
 * One robot session: connect, log in (CreateSession), keep alive, reconnect with backoff, and a
 * bounded clean close. The parts live beside it: options and defaults (sessionOptions.ts), the
 * states and their allowed transitions (sessionState.ts), request admission (admission.ts),
 * keep-alive and session checks (keepAlive.ts), reconnect delays (backoff.ts), the robot's address
 * and transport with the automatic probe (robotEndpoint.ts).
 *
 * Consistency rule: every timer, transport and field is in place before a state event is emitted,
 * and after each emit the code checks that it is still in the same generation (a listener may have
 * closed the client). See docs/architecture.md.
 */
import { EventEmitter } from 'node:events';
// Straight from the modules, not the '../protocol' barrel: its re-exports compile to getters
// that are paid on every call.
import { SESSION_SERVICE_ID, SessionRpcKey, SessionRpcs, RpcInput, RpcOutput, PayloadError } from '../protocol/session';
import { createTransport } from '../transport';
import type { Transport, TransportChoice, TransportKind } from '../transport/types';
import { AdmissionQueue } from './admission';
import { ReconnectBackoff } from './backoff';
import { KortexError, TransportUnavailableError } from './errors';
import { KeepAliveMonitor, SessionCheckOutcome } from './keepAlive';
import { redact, registerPublicValue, registerSecret } from './redact';
import { RobotEndpoint } from './robotEndpoint';
import { Router } from './router';
import { CallResult, SessionCall, SessionCallOwner } from './sessionCall';
import { ResolvedSessionOptions, SessionClientOptions, resolveSessionOptions } from './sessionOptions';
import { SessionState, SessionStateEvent, SessionStateMachine } from './sessionState';
import { SessionKilledEvent, SessionsEvent, listenToSessionBroadcasts } from './sessionBroadcasts';

export type { SessionClientOptions } from './sessionOptions';
export type { SessionState, SessionStateEvent } from './sessionState';

export type { CallMeta, CallResult } from './sessionCall';

export interface SessionClientEventMap {
  state: [event: SessionStateEvent];
  /** Non-fatal protocol trouble (stray frames, garbage on the link), redacted. */
  problem: [error: Error];
  /** Kortex 3: the robot's `sessions/status` broadcast (see sessionBroadcasts.ts). */
  sessions: [event: SessionsEvent];
  /**
   * Kortex 3: the robot's `sessions/killed` broadcast. One naming our session is emitted once a
   * KeepAlive has checked it: with `own`, the kill was real and the client is already logging in
   * again; a kill the robot contradicts comes with `own` false (and a `problem`).
   */
  'session-killed': [event: SessionKilledEvent];
}

/** The robot's refusal of our login, kept until a login succeeds: calls fail at once with it. */
interface LoginRefusal {
  errorCode: number;
  subCode?: number;
  serverText?: string;
}

export class KortexSessionClient extends EventEmitter<SessionClientEventMap> {
  private readonly endpoint: RobotEndpoint;
  private readonly o: ResolvedSessionOptions;
  private readonly machine = new SessionStateMachine();
  private readonly admission: AdmissionQueue;
  /** What each call needs from this client (one object for all calls). */
  private readonly callOwner: SessionCallOwner;
  private readonly backoff: ReconnectBackoff;
  private transport: Transport | undefined;
  private router: Router | undefined;
  private keepAlive: KeepAliveMonitor | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private lastError: Error | undefined;
  private loginRefusal: LoginRefusal | undefined;
  private closePromise: Promise<void> | undefined;
  private readonly releaseTexts: Array<() => void>;
  /** The last session check started for a kill broadcast: kills that join it report no second problem. */
  private killCheck: Promise<SessionCheckOutcome> | undefined;
  /** Bumped on every (re)connect and on close, so callbacks of an old link are ignored. */
  private generation = 0;

  constructor(options: SessionClientOptions) {
    super();
    this.o = resolveSessionOptions(options);
    this.endpoint = new RobotEndpoint({
      host: this.o.host, transport: this.o.transport, port: this.o.port, namespace: this.o.namespace, autoDetect: this.o.autoDetect,
      probeTimeoutMs: this.o.connectTimeoutMs, redetectAfterFailures: this.o.autoRedetectAfterFailures,
    });
    // The user name and host stay readable in texts even when the password is the same word.
    this.releaseTexts = [registerSecret(options.password), registerPublicValue(options.username), registerPublicValue(options.host)];
    this.admission = new AdmissionQueue(this.o, {
      robot: () => this.robot,
      isOpen: () => this.machine.state === 'open' && !this.keepAlive?.checkingSession,
      waitExpired: (rpc, waitedMs) => this.machine.state === 'open'
        ? new KortexError(`waited ${waitedMs} ms for a free request slot`, { kind: 'TIMEOUT', rpc, robot: this.robot })
        : new KortexError(`robot not reachable for ${waitedMs} ms${this.lastError ? ` (${this.lastError.message})` : ''}`, { kind: 'NOT_CONNECTED', rpc, robot: this.robot }),
    });
    this.backoff = new ReconnectBackoff({
      initialDelayMs: this.o.reconnectInitialDelayMs, maxDelayMs: this.o.reconnectMaxDelayMs, resetAfterMs: this.o.backoffResetAfterMs, random: this.o.random,
    });
    this.callOwner = { robot: () => this.robot, callEnded: () => this.admission.release() };
    this.machine.on('state', (event) => this.emit('state', event));
    // One pooled client serves every node that uses this robot, and each session-events node and
    // the editor's sidebar listen to its session lists: more than Node's default of 10 listeners is
    // normal here, not a leak (each node removes its listener when it closes).
    this.setMaxListeners(0);
  }

  /** Robot endpoint, "host:port" (plus "/namespace"); just the host while 'auto' has not probed yet. */
  get robot(): string {
    return this.endpoint.label;
  }

  get state(): SessionState {
    return this.machine.state;
  }

  get sessionId(): number {
    return this.router?.sessionId ?? 0;
  }

  /** The transport in use; 'auto' until the probe has chosen one. */
  get transportKind(): TransportChoice {
    return this.endpoint.transport;
  }

  /** Requests on the wire now. */
  get inFlightCount(): number {
    return this.admission.inFlightCount;
  }

  get queuedCount(): number {
    return this.admission.queuedCount;
  }

  /** Starts connecting (idempotent). */
  start(): void {
    if (this.machine.state !== 'idle') return;
    void this.connectOnce();
  }

  /** Calls one Session RPC. Fails with a KortexError; never throws synchronously. */
  call<K extends SessionRpcKey>(rpc: K, input: RpcInput<K>, options?: { timeoutMs?: number }): Promise<CallResult<RpcOutput<K>>> {
    const descriptor = SessionRpcs[rpc];
    let payload: Uint8Array | undefined;
    try {
      payload = (descriptor.encodeRequest as (i: RpcInput<K>) => Uint8Array | undefined)(input);
    } catch (err) {
      const message = err instanceof PayloadError ? err.message : `cannot encode the request: ${(err as Error).message}`;
      return Promise.reject(new KortexError(redact(message), { kind: 'INVALID_INPUT', rpc: descriptor.name, robot: this.robot }));
    }
    const decode = descriptor.decodeResponse as (b: Uint8Array) => RpcOutput<K>;
    const timeoutMs = options?.timeoutMs ?? this.o.requestTimeoutMs;
    const rpcName = descriptor.name;
    const functionId = descriptor.functionId;
    // Fast path, the common case under load: open, a free slot and nobody queued ahead. The call
    // goes on the wire now and costs one Promise and one SessionCall.
    if (this.admission.tryTake()) {
      const promise = new Promise<CallResult<RpcOutput<K>>>(captureSettlers);
      this.dispatch(new SessionCall(this.callOwner, this.keepAlive, rpcName, functionId, payload, timeoutMs, decode, takeResolve(), takeReject()));
      return promise;
    }
    const refused = this.refusedNow(descriptor.name);
    if (refused) return Promise.reject(refused);
    const state = this.machine.state;
    if (state === 'closing' || state === 'closed') {
      return Promise.reject(new KortexError('the session client is closed', { kind: 'CLOSED', rpc: descriptor.name, robot: this.robot }));
    }
    const slot = this.admission.acquire(descriptor.name);
    this.start();
    return slot.then(() => new Promise((resolve, reject) => this.dispatch(new SessionCall(this.callOwner, this.keepAlive, rpcName, functionId, payload, timeoutMs, decode, resolve, reject))));
  }

  /** While the robot refuses our login, a call fails at once with the robot's own error. */
  private refusedNow(rpc: string): KortexError | undefined {
    const refusal = this.loginRefusal;
    if (!refusal || this.machine.state === 'open') return undefined;
    return new KortexError('the robot refused the login', { rpc, robot: this.robot, ...refusal });
  }

  /**
   * Sends one request on a slot already taken; the call settles its caller's Promise. Never
   * throws: on the fast path nothing would turn a throw into a rejection.
   */
  private dispatch<T>(call: SessionCall<T>): void {
    const router = this.router;
    if (!router || this.machine.state !== 'open') {
      call.fail(new KortexError(`robot is not connected${this.lastError ? `: ${this.lastError.message}` : ''}`, { kind: 'NOT_CONNECTED', rpc: call.rpc, robot: this.robot }));
      return;
    }
    try {
      router.send(call);
    } catch (err) {
      call.fail(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /**
   * Starts the client and resolves once the session is open, or rejects with the first failure
   * (for one-shot users: the CLI and the editor's "Test connection"; the client is then closed).
   */
  openOnce(timeoutMs = this.o.connectTimeoutMs + this.o.requestTimeoutMs): Promise<void> {
    if (this.machine.state === 'open') return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => finish(new KortexError(`no session within ${timeoutMs} ms`, { kind: 'TIMEOUT', robot: this.robot })), timeoutMs);
      const onState = (e: SessionStateEvent): void => {
        if (e.state === 'open') finish();
        else if (e.state === 'reconnecting' || e.state === 'closed') finish(e.error ?? new KortexError('closed before the session opened', { kind: 'CLOSED', robot: this.robot }));
      };
      const finish = (err?: Error): void => {
        clearTimeout(timer);
        this.off('state', onState);
        if (err) {
          void this.close();
          reject(err);
        } else resolve();
      };
      this.on('state', onState);
      this.start();
    });
  }

  /** Ends the session (CloseSession, then socket close), bounded in time. Never rejects. */
  close(): Promise<void> {
    if (this.closePromise) return this.closePromise;
    // Set before doClose() runs: a listener of 'closing' that calls close() again must get this
    // same promise, not start a second close.
    let closed!: () => void;
    this.closePromise = new Promise<void>((resolve) => {
      closed = resolve;
    });
    this.doClose().catch((err: unknown) => this.emitProblem(err as Error)).then(closed, closed);
    return this.closePromise;
  }

  /* ---------------- lifecycle ---------------- */

  private log(line: string): void {
    this.o.log?.(redact(`${this.robot}: ${line}`));
  }

  /** Enters `state` and tells listeners; false when a listener closed or restarted the client meanwhile. */
  private enter(state: SessionState, generation: number, extra: Partial<SessionStateEvent> = {}): boolean {
    this.machine.enter({ state, robot: this.robot, sessionId: this.sessionId, ...extra });
    return generation === this.generation;
  }

  private async connectOnce(): Promise<void> {
    const generation = ++this.generation;
    if (!this.enter('connecting', generation, { attempt: this.backoff.attempt + 1 })) return;
    if (this.endpoint.transport === 'auto') {
      try {
        const chosen = await this.endpoint.resolve();
        if (chosen) this.log(`probe chose ${chosen} on port ${this.endpoint.port}`);
      } catch (err) {
        if (generation === this.generation) this.linkDown(err as Error);
        return;
      }
      if (generation !== this.generation) return;
    }
    let transport: Transport;
    try {
      transport = (this.o.transportFactory ?? defaultTransportFactory)({ ...this.o, transport: this.endpoint.transport, port: this.endpoint.port });
    } catch (err) {
      // e.g. an unavailable transport or an invalid namespace: a retryable failure, never a crash.
      const kind: TransportKind = this.endpoint.transport === 'mqtt' ? 'mqtt' : 'tcp';
      this.linkDown(new TransportUnavailableError((err as Error)?.message ?? String(err), kind));
      return;
    }
    const router = new Router(transport);
    this.transport = transport;
    this.router = router;
    transport.on('problem', (err) => this.emitProblem(err));
    router.on('problem', (err) => this.emitProblem(err));
    this.followSessionBroadcasts(transport, generation);
    transport.on('down', (err) => {
      if (generation === this.generation) this.linkDown(err);
    });
    transport.on('ping', () => {
      if (generation === this.generation) this.keepAlive?.heard();
    });
    this.log(`connecting (${this.endpoint.transport})`);
    try {
      await transport.connect(this.o.connectTimeoutMs);
    } catch (err) {
      if (generation === this.generation) this.linkDown(err as Error);
      return;
    }
    if (generation !== this.generation) return;
    this.endpoint.connected();
    if (!this.enter('authenticating', generation)) return;
    try {
      const payload = SessionRpcs.createSession.encodeRequest({
        username: this.o.username,
        password: this.o.password,
        sessionInactivityTimeout: this.o.sessionInactivityTimeoutMs,
        connectionInactivityTimeout: this.o.connectionInactivityTimeoutMs,
      });
      await router.call({ serviceId: SESSION_SERVICE_ID, functionId: SessionRpcs.createSession.functionId, payload, timeoutMs: this.o.requestTimeoutMs, rpc: 'CreateSession' });
    } catch (err) {
      if (generation !== this.generation) return;
      // Any error reply to CreateSession is a refused login, whatever code the robot uses for it
      // (docs/protocol.md): not a link fault.
      if (err instanceof KortexError && err.errorCode !== undefined) {
        this.loginRefusal = { errorCode: err.errorCode, subCode: err.subCode, serverText: err.serverText };
      }
      this.linkDown(err as Error);
      return;
    }
    if (generation !== this.generation) return;
    this.lastError = undefined;
    this.loginRefusal = undefined;
    this.backoff.opened();
    const keepAlive = new KeepAliveMonitor({
      get lastSentAt() { return router.lastSentAt; },
      get lastReceivedAt() { return router.lastReceivedAt; },
      sendKeepAlive: (timeoutMs) => router.call({ serviceId: SESSION_SERVICE_ID, functionId: SessionRpcs.keepAlive.functionId, timeoutMs, rpc: 'KeepAlive' }),
    }, { intervalMs: this.o.keepAliveIntervalMs, requestTimeoutMs: this.o.requestTimeoutMs, robot: this.robot }, (error, sessionLost) => {
      if (generation === this.generation) this.linkDown(error, sessionLost);
    }, () => {
      if (generation === this.generation) this.admission.drain();
    });
    this.keepAlive = keepAlive;
    keepAlive.start();
    this.log(`session ${router.sessionId} open`);
    if (!this.enter('open', generation)) return;
    this.admission.drain();
  }

  /** The link or the session is gone: fail what is in flight, drop the link, schedule a retry. */
  private linkDown(cause: Error, sessionLost = false): void {
    if (!this.machine.canEnter('reconnecting')) return;
    // Transport texts already start with the endpoint; KortexError adds "on <robot>:" itself.
    const error = cause instanceof KortexError ? cause : new KortexError(withoutEndpoint(redact(cause.message), this.robot, this.transport?.endpoint), { kind: 'DISCONNECTED', robot: this.robot, cause });
    this.lastError = error;
    const generation = ++this.generation;
    this.keepAlive?.stop();
    this.keepAlive = undefined;
    const router = this.router;
    const transport = this.transport;
    this.router = undefined;
    this.transport = undefined;
    const wasConnecting = this.machine.state === 'connecting';
    // One error per lost call, naming its RPC: "GetConnections on 10.0.0.5:10000: connection lost (connection reset by the robot)".
    const why = withoutEndpoint(error.message.replace(/^(?:\w+ )?on \S+: /, ''), this.robot, transport?.endpoint);
    router?.dispose((rpc) => new KortexError(`connection lost (${why})`, { kind: 'DISCONNECTED', rpc, robot: this.robot, cause: error }));
    if (transport) {
      transport.removeAllListeners('down');
      transport.removeAllListeners('ping');
      transport.on('problem', () => undefined);
      void transport.close(0);
    }
    const loginRefused = this.loginRefusal !== undefined;
    if (loginRefused) {
      // Waiting for the next attempt cannot help these calls: they fail now with the robot's answer.
      this.admission.failWaiting((rpc) => this.refusedNow(rpc) ?? error);
    }
    if (wasConnecting && this.endpoint.connectFailed()) this.log('several failed connections in a row: the robot will be probed again');
    const delayMs = this.backoff.nextDelay(loginRefused ? 'login-refused' : sessionLost ? 'session-lost' : 'link');
    // Armed before the event: a listener that closes the client on 'reconnecting' clears it.
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.machine.state === 'reconnecting' && generation === this.generation) void this.connectOnce();
    }, delayMs);
    this.log(`${sessionLost ? 'session lost' : loginRefused ? 'login refused' : 'link down'}: ${error.message}; next attempt in ${delayMs} ms`);
    this.enter('reconnecting', generation, { delayMs, attempt: this.backoff.attempt, error, authFailed: loginRefused, sessionLost });
  }

  private emitProblem(err: Error): void {
    if (this.listenerCount('problem') > 0) this.emit('problem', new Error(redact(err.message)));
  }

  /* ---------------- session status broadcasts (Kortex 3 push; see sessionBroadcasts.ts) ---------------- */

  private followSessionBroadcasts(transport: Transport, generation: number): void {
    listenToSessionBroadcasts(transport, {
      sessions: (list) => {
        if (generation === this.generation) this.emit('sessions', { robot: this.robot, source: 'push', sessions: list.sessions });
      },
      killed: (sessions) => {
        if (generation !== this.generation) return;
        const sessionId = this.sessionId;
        const keepAlive = this.keepAlive;
        if (this.machine.state !== 'open' || !keepAlive || !sessions.some((s) => s.sessionIdentifier === sessionId)) {
          this.emit('session-killed', { robot: this.robot, sessions, own: false });
          return;
        }
        // Anyone on the robot's anonymous broker can publish a kill: one KeepAlive decides, and only
        // a failed one logs in again (keepAlive.ts), before the event.
        const check = keepAlive.verifySession();
        const first = check !== this.killCheck;
        this.killCheck = check;
        void check.then((outcome) => {
          // 'ended': the link went down or the client closed first; its own events say so.
          if (outcome === 'ended') return;
          if (outcome === 'alive' && first) {
            this.emitProblem(new KortexError(`a sessions/killed broadcast named session ${sessionId}, but the robot still answers KeepAlive for it: ignored (spoofed or stale)`, { robot: this.robot }));
          }
          this.emit('session-killed', { robot: this.robot, sessions, own: outcome === 'lost' });
        }).catch((err: unknown) => this.emitProblem(err as Error)); // a throwing listener, off the broadcast's stack now
      },
      problem: (err) => this.emitProblem(err),
    });
  }

  /* ---------------- close ---------------- */

  private async doClose(): Promise<void> {
    const wasOpen = this.machine.state === 'open';
    // Everything that could start new work is stopped before anyone hears 'closing'.
    const generation = ++this.generation;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.keepAlive?.stop();
    this.keepAlive = undefined;
    const router = this.router;
    const transport = this.transport;
    this.enter('closing', generation);
    this.admission.failWaiting((rpc) => new KortexError('the session client is closed', { kind: 'CLOSED', rpc, robot: this.robot }));
    const deadline = Date.now() + this.o.closeTimeoutMs;
    if (wasOpen && router && transport?.connected) {
      try {
        await router.call({
          serviceId: SESSION_SERVICE_ID, functionId: SessionRpcs.closeSession.functionId,
          timeoutMs: Math.max(50, Math.floor(this.o.closeTimeoutMs / 2)), rpc: 'CloseSession',
        });
      } catch {
        // A robot that does not confirm CloseSession still loses the session on inactivity.
      }
    }
    router?.dispose((rpc) => new KortexError('the session client is closed', { kind: 'CLOSED', rpc, robot: this.robot }));
    if (transport) {
      transport.removeAllListeners('down');
      transport.removeAllListeners('ping');
      await transport.close(Math.max(50, deadline - Date.now()));
    }
    this.router = undefined;
    this.transport = undefined;
    for (const release of this.releaseTexts) release();
    this.log('closed');
    this.machine.enter({ state: 'closed', robot: this.robot, sessionId: 0 });
  }
}

function defaultTransportFactory(o: SessionClientOptions): Transport {
  if (o.transport === 'auto') throw new Error('transport "auto" must be resolved before connecting');
  return createTransport({ kind: o.transport, host: o.host, port: o.port, namespace: o.namespace });
}

/** "10.0.0.5:10000: connection refused …" → "connection refused …" (the endpoint is named once by KortexError). */
function withoutEndpoint(text: string, ...endpoints: Array<string | undefined>): string {
  for (const e of endpoints) if (e && text.startsWith(`${e}: `)) return text.slice(e.length + 2);
  return text;
}

/**
 * A Promise's settlers without a closure per call: the executor runs synchronously inside
 * `new Promise`, so it can hand them over through two module variables, which the caller takes at
 * once. (On the hot path every object per call is garbage the process must collect.)
 */
let capturedResolve: ((value: never) => void) | undefined;
let capturedReject: ((err: Error) => void) | undefined;

function captureSettlers(resolve: (value: never) => void, reject: (err: Error) => void): void {
  capturedResolve = resolve;
  capturedReject = reject;
}

function takeResolve<T>(): (value: T) => void {
  const resolve = capturedResolve as (value: T) => void;
  capturedResolve = undefined;
  return resolve;
}

function takeReject(): (err: Error) => void {
  const reject = capturedReject as (err: Error) => void;
  capturedReject = undefined;
  return reject;
}
