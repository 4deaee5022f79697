/**
 * One robot session: connect, log in (CreateSession), keep alive, reconnect with backoff, and a
 * bounded clean close. The parts live beside it: options and defaults (sessionOptions.ts), the
 * states and their allowed transitions (sessionState.ts), request admission (admission.ts),
 * keep-alive and session checks (keepAlive.ts), reconnect delays (backoff.ts), the robot's address
 * and transport with the automatic probe (robotEndpoint.ts).
 *
 * Each connection attempt is one SessionLink (sessionLink.ts): its transport, router, keep-alive
 * monitor and listeners, disposed as a whole; a disposed link reports nothing more.
 *
 * Consistency rule: every timer, link and field is in place before a state event is emitted, and
 * after each emit the code checks that its link is not disposed (a listener may have closed the
 * client). See docs/architecture.md.
 */
import { EventEmitter } from 'node:events';
// Straight from the modules, not the '../protocol' barrel: its re-exports compile to getters
// that are paid on every call.
import { SessionRpcKey, SessionRpcs, RpcInput, RpcOutput, PayloadError } from '../../protocol/session/rpcs';
import type { TransportChoice } from '../../transport/types';
import { AdmissionQueue } from './admission';
import type { TimerHandle } from '../../util/clock';
import { ReconnectBackoff } from './backoff';
import { KortexError, withoutEndpoint } from '../core/errors';
import { redact, registerPublicValue, registerSecret } from '../core/redact';
import { LoginRefusal, refusalError, refusalOf } from './loginRefusal';
import { RobotEndpoint } from '../link/endpoint';
import { captureSettlers, takeReject, takeResolve } from '../core/promiseSettlers';
import { CallResult, SessionCall, SessionCallOwner } from '../link/call';
import { SessionLink, SessionLinkHooks } from '../link/link';
import { ResolvedSessionOptions, SessionClientOptions, resolveSessionOptions } from './options';
import { SessionState, SessionStateEvent, SessionStateMachine } from './states';
import type { SessionClientEventMap } from './clientEvents';
import { openOnce } from './openOnce';

export type { SessionClientOptions } from './options';
export type { SessionState, SessionStateEvent } from './states';

export type { CallMeta, CallResult } from '../link/call';
export type { SessionClientEventMap } from './clientEvents';

export class KortexSessionClient extends EventEmitter<SessionClientEventMap> {
  private readonly endpoint: RobotEndpoint;
  private readonly o: ResolvedSessionOptions;
  private readonly machine = new SessionStateMachine();
  private readonly admission: AdmissionQueue;
  /** What each call needs from this client (one object for all calls). */
  private readonly callOwner: SessionCallOwner;
  private readonly backoff: ReconnectBackoff;
  /** What every link of this client reports to it (one object for all links). */
  private readonly linkHooks: SessionLinkHooks;
  /** The current connection attempt (from 'connecting' until it goes down or the client closes). */
  private link: SessionLink | undefined;
  private reconnectTimer: TimerHandle | undefined;
  private lastError: Error | undefined;
  private loginRefusal: LoginRefusal | undefined;
  private closePromise: Promise<void> | undefined;
  /** While release() waits for the robot to close the session. */
  private releasing: Promise<void> | undefined;
  private readonly releaseTexts: Array<() => void>;

  constructor(options: SessionClientOptions) {
    super();
    this.o = resolveSessionOptions(options);
    this.endpoint = new RobotEndpoint({
      host: this.o.host, transport: this.o.transport, port: this.o.port, namespace: this.o.namespace, autoDetect: this.o.autoDetect,
      probeTimeoutMs: this.o.connectTimeoutMs, redetectAfterFailures: this.o.autoRedetectAfterFailures,
    });
    // The user name and host stay readable in texts even when the password is the same word.
    this.releaseTexts = [
      registerSecret(options.password), registerSecret(options.broker?.password), registerSecret(options.tls?.passphrase),
      registerPublicValue(options.username), registerPublicValue(options.host), registerPublicValue(options.broker?.username),
    ];
    this.admission = new AdmissionQueue(this.o, {
      robot: () => this.robot,
      isOpen: () => this.machine.state === 'open' && !this.link?.checkingSession,
      waitExpired: (rpc, waitedMs) => this.machine.state === 'open'
        ? new KortexError(`waited ${waitedMs} ms for a free request slot`, { kind: 'TIMEOUT', rpc, robot: this.robot })
        : new KortexError(`robot not reachable for ${waitedMs} ms${this.lastError ? ` (${this.lastError.message})` : ''}`, { kind: 'NOT_CONNECTED', rpc, robot: this.robot }),
    });
    this.backoff = new ReconnectBackoff({
      initialDelayMs: this.o.reconnectInitialDelayMs, maxDelayMs: this.o.reconnectMaxDelayMs, resetAfterMs: this.o.backoffResetAfterMs, random: this.o.random, clock: this.o.clock,
    });
    this.callOwner = { robot: () => this.robot, callEnded: () => this.admission.release() };
    this.linkHooks = {
      log: (line) => this.log(line),
      down: (error, sessionLost) => this.linkDown(error, sessionLost),
      verified: () => this.admission.drain(),
      problem: (error) => this.emitProblem(error),
      sessions: (event) => this.emit('sessions', event),
      sessionKilled: (event) => this.emit('session-killed', event),
    };
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
    return this.link?.sessionId ?? 0;
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
      this.dispatch(new SessionCall(this.callOwner, this.link?.keepAlive, rpcName, functionId, payload, timeoutMs, decode, takeResolve(), takeReject()));
      return promise;
    }
    const refused = this.refusedNow(descriptor.name);
    if (refused) return Promise.reject(refused);
    const state = this.machine.state;
    if (state === 'released') return Promise.reject(new KortexError('the session was released (handed over)', { kind: 'RELEASED', rpc: descriptor.name, robot: this.robot }));
    if (state === 'closing' || state === 'closed') {
      return Promise.reject(new KortexError('the session client is closed', { kind: 'CLOSED', rpc: descriptor.name, robot: this.robot }));
    }
    const slot = this.admission.acquire(descriptor.name);
    this.start();
    return slot.then(() => new Promise((resolve, reject) => this.dispatch(new SessionCall(this.callOwner, this.link?.keepAlive, rpcName, functionId, payload, timeoutMs, decode, resolve, reject))));
  }

  /** While the robot refuses our login, a call fails at once with the robot's own error. */
  private refusedNow(rpc: string): KortexError | undefined {
    const refusal = this.loginRefusal;
    if (!refusal || this.machine.state === 'open') return undefined;
    return refusalError(refusal, this.robot, rpc);
  }

  /**
   * Sends one request on a slot already taken; the call settles its caller's Promise. Never
   * throws: on the fast path nothing would turn a throw into a rejection.
   */
  private dispatch<T>(call: SessionCall<T>): void {
    const link = this.link;
    if (!link || this.machine.state !== 'open') {
      call.fail(new KortexError(`robot is not connected${this.lastError ? `: ${this.lastError.message}` : ''}`, { kind: 'NOT_CONNECTED', rpc: call.rpc, robot: this.robot }));
      return;
    }
    try {
      link.send(call);
    } catch (err) {
      call.fail(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /**
   * Starts the client and resolves once the session is open, or rejects with the first failure
   * (for one-shot users: the CLI and the editor's "Test connection"; the client is then closed).
   */
  openOnce(timeoutMs = this.o.connectTimeoutMs + this.o.requestTimeoutMs): Promise<void> {
    return openOnce(this, timeoutMs, this.o.clock);
  }

  /**
   * Hands the robot over: ends the session (CloseSession when open, bounded in time) and stays
   * 'released', without retries, until acquire() or reconnect(); calls fail at once with RELEASED.
   * Resolves once the session is closed on the robot. Never rejects.
   */
  release(): Promise<void> {
    const state = this.machine.state;
    if (!this.machine.canEnter('released')) return this.releasing ?? Promise.resolve();
    this.o.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const released = (rpc: string): KortexError => new KortexError('the session was released (handed over)', { kind: 'RELEASED', rpc, robot: this.robot });
    const sessionId = this.sessionId;
    const linkClosed = this.link?.close(released, state === 'open', this.o.closeTimeoutMs);
    this.link = this.lastError = this.loginRefusal = undefined;
    this.log(`session ${sessionId} released`);
    this.enter('released', { sessionId });
    this.admission.failWaiting(released);
    const releasing: Promise<void> = Promise.resolve(linkClosed).then(() => {
      if (this.releasing === releasing) this.releasing = undefined;
    });
    return (this.releasing = releasing);
  }

  /** Logs in again after release() (at once, with a fresh backoff); does nothing in any other state. */
  acquire(): void {
    if (this.machine.state !== 'released') return;
    this.backoff.reset();
    void this.connectOnce();
  }

  /** A fresh login now: release() (CloseSession), then acquire(); from 'reconnecting' it skips the wait. */
  async reconnect(): Promise<void> {
    if (this.machine.state === 'closing' || this.machine.state === 'closed') return;
    await this.release();
    this.acquire();
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

  /** Enters `state` and tells listeners (who may close the client meanwhile: callers check their link after). */
  private enter(state: SessionState, extra: Partial<SessionStateEvent> = {}): void {
    this.machine.enter({ state, robot: this.robot, sessionId: this.sessionId, ...extra });
  }

  /** One connection attempt: a new link, its steps, and the states between them. */
  private async connectOnce(): Promise<void> {
    const link = new SessionLink(this.endpoint, this.o, this.linkHooks);
    this.link = link;
    this.enter('connecting', { attempt: this.backoff.attempt + 1 });
    if (link.disposed || !(await this.step(link, () => link.connect()))) return;
    this.endpoint.connected();
    this.enter('authenticating');
    if (link.disposed || !(await this.step(link, () => link.login(), true))) return;
    this.lastError = undefined;
    this.loginRefusal = undefined;
    this.backoff.opened();
    link.startKeepAlive();
    this.log(`session ${link.sessionId} open`);
    this.enter('open');
    if (link.disposed) return;
    this.admission.drain();
  }

  /**
   * Runs one step of `link`: true when it succeeded and the link is still ours; a failure takes
   * the link down (at once when the step throws before its first wait). `login`: any error reply is
   * then a refused login, whatever code the robot uses for it (docs/protocol.md), not a link fault;
   * so is a refused link (loginRefusal.ts).
   */
  private async step(link: SessionLink, run: () => Promise<void>, login = false): Promise<boolean> {
    try {
      await run();
    } catch (err) {
      if (link.disposed) return false;
      const refusal = refusalOf(err, login, this.robot, link.transportEndpoint);
      if (refusal) this.loginRefusal = refusal;
      // A refused link (TLS, the broker's login) is as final as a wrong robot password, and named like one.
      this.linkDown(refusal && 'kind' in refusal ? refusalError(refusal, this.robot) : err as Error);
      return false;
    }
    return !link.disposed;
  }

  /** The link or the session is gone: fail what is in flight, drop the link, schedule a retry. */
  private linkDown(cause: Error, sessionLost = false): void {
    if (!this.machine.canEnter('reconnecting')) return;
    const link = this.link;
    this.link = undefined;
    const transportEndpoint = link?.transportEndpoint;
    // Transport texts already start with the endpoint; KortexError adds "on <robot>:" itself.
    const error = cause instanceof KortexError ? cause : new KortexError(withoutEndpoint(redact(cause.message), this.robot, transportEndpoint), { kind: 'DISCONNECTED', robot: this.robot, cause });
    this.lastError = error;
    const wasConnecting = this.machine.state === 'connecting';
    // One error per lost call, naming its RPC: "GetConnections on 10.0.0.5:10000: connection lost (connection reset by the robot)".
    const why = withoutEndpoint(error.message.replace(/^(?:\w+ )?on \S+: /, ''), this.robot, transportEndpoint);
    link?.dispose((rpc) => new KortexError(`connection lost (${why})`, { kind: 'DISCONNECTED', rpc, robot: this.robot, cause: error }));
    const loginRefused = this.loginRefusal !== undefined;
    if (loginRefused) {
      // Waiting for the next attempt cannot help these calls: they fail now with the robot's answer.
      this.admission.failWaiting((rpc) => this.refusedNow(rpc) ?? error);
    }
    if (wasConnecting && this.endpoint.connectFailed()) this.log('several failed connections in a row: the robot will be probed again');
    const delayMs = this.backoff.nextDelay(loginRefused ? 'login-refused' : sessionLost ? 'session-lost' : 'link');
    // Armed before the event: a listener that closes the client on 'reconnecting' clears it.
    this.reconnectTimer = this.o.clock.setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.machine.state === 'reconnecting') void this.connectOnce();
    }, delayMs);
    this.log(`${sessionLost ? 'session lost' : loginRefused ? 'login refused' : 'link down'}: ${error.message}; next attempt in ${delayMs} ms`);
    this.enter('reconnecting', { delayMs, attempt: this.backoff.attempt, error, authFailed: loginRefused, sessionLost });
  }

  private emitProblem(err: Error): void {
    if (this.listenerCount('problem') > 0) this.emit('problem', new Error(redact(err.message)));
  }

  /* ---------------- close ---------------- */

  private async doClose(): Promise<void> {
    const wasOpen = this.machine.state === 'open';
    // Everything that could start new work is stopped before anyone hears 'closing': the link
    // stops at once (CloseSession goes out if the session was open), the reconnect timer goes.
    this.o.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const closed = (rpc: string): KortexError => new KortexError('the session client is closed', { kind: 'CLOSED', rpc, robot: this.robot });
    const linkClosed = this.link?.close(closed, wasOpen, this.o.closeTimeoutMs);
    this.enter('closing');
    this.admission.failWaiting(closed);
    await linkClosed;
    this.link = undefined;
    for (const release of this.releaseTexts) release();
    this.log('closed');
    this.machine.enter({ state: 'closed', robot: this.robot, sessionId: 0 });
  }
}
