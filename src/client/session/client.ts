/**
 * One robot session: connect, log in (CreateSession), replay the wanted subscriptions, keep alive,
 * reconnect with backoff, a bounded clean close. Its parts live beside it in session/; each
 * connection attempt is one SessionLink (link/link.ts), disposed as a whole.
 *
 * Consistency rule: every timer, link and field is in place before a state event is emitted, and
 * after each emit the code checks that its link is not disposed (a listener may have closed the
 * client). See docs/architecture.md.
 */
import { EventEmitter } from 'node:events';
import type { NotificationTopic, RpcDescriptor } from '../../protocol/rpc';
import { SessionRpcKey, SessionRpcs, RpcInput, RpcOutput } from '../../protocol/session/rpcs';
import type { TransportChoice } from '../../transport/types';
import type { Clock, TimerHandle } from '../../util/clock';
import type { CallResult } from '../core/callResult';
import { emitEach } from '../core/emitEach';
import { KortexError, linkLostError, lostCallError } from '../core/errors';
import { redact } from '../core/redact';
import { RobotEndpoint } from '../link/endpoint';
import { SessionLink, SessionLinkHooks } from '../link/link';
import { ReconnectBackoff } from './backoff';
import { CallPath } from './callPath';
import type { SessionClientEventMap } from './clientEvents';
import { LoginRefusal, refusalError, refusalOf } from './loginRefusal';
import { openOnce } from './openOnce';
import {
  ResolvedSessionOptions,
  SessionClientOptions,
  backoffOptions,
  endpointOptions,
  registerOptionTexts,
  resolveSessionOptions,
} from './options';
import { SessionState, SessionStateEvent, SessionStateMachine } from './states';
import { NotificationCallback, WantedSubscriptions } from './subscriptions';

export type { SessionClientOptions } from './options';
export type { SessionState, SessionStateEvent } from './states';
export type { CallMeta, CallResult } from '../core/callResult';
export type { SessionClientEventMap } from './clientEvents';

export class KortexSessionClient extends EventEmitter<SessionClientEventMap> {
  private readonly endpoint: RobotEndpoint;
  private readonly o: ResolvedSessionOptions;
  private readonly machine = new SessionStateMachine();
  private readonly calls: CallPath;
  private readonly backoff: ReconnectBackoff;
  /** What every link of this client reports to it (one object for all links). */
  private readonly linkHooks: SessionLinkHooks;
  /** The current connection attempt (from 'connecting' until it goes down or the client closes). */
  private link: SessionLink | undefined;
  /** The current link once its login succeeded: wanted subscriptions go on it. */
  private loggedIn: SessionLink | undefined;
  private readonly subscriptions: WantedSubscriptions;
  private droppedByPastLinks = 0; // notifications dropped by links that are gone
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
    this.endpoint = new RobotEndpoint(endpointOptions(this.o));
    this.releaseTexts = registerOptionTexts(options);
    this.calls = new CallPath(
      {
        robot: () => this.robot,
        state: () => this.machine.state,
        currentLink: () => this.link,
        lastError: () => this.lastError,
        refusedNow: (rpc: string) => this.refusedNow(rpc),
        start: () => this.start(),
      },
      this.o,
    );
    this.backoff = new ReconnectBackoff(backoffOptions(this.o));
    this.linkHooks = {
      log: (line) => this.log(line),
      down: (error, sessionLost) => this.linkDown(error, sessionLost),
      verified: () => this.calls.admission.drain(),
      problem: (error) => this.emitProblem(error),
      sessions: (event) => this.emit('sessions', event),
      sessionKilled: (event) => this.emit('session-killed', event),
    };
    this.subscriptions = new WantedSubscriptions(
      {
        robot: () => this.robot,
        loggedInLink: () => (this.loggedIn && !this.loggedIn.disposed ? this.loggedIn : undefined),
        requestTimeoutMs: () => this.o.requestTimeoutMs,
        problem: (error) => this.emitProblem(error),
      },
      this.o.subscriptionGraceMs,
      this.o.clock,
    );
    this.machine.on('state', (event) => emitEach(this, 'state', event, (err) => this.emitProblem(err)));
    // Every node on this robot and the sidebar listen to one pooled client: over 10 listeners is no leak here.
    this.setMaxListeners(0);
  }

  /** "host:port" (plus "/namespace"); just the host while 'auto' has not probed yet. */
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

  /** By the transport (ServiceCaller): TCP is Kortex 2, MQTT Kortex 3; undefined until 'auto' has probed. */
  generation(): 'k2' | 'k3' | undefined {
    const kind = this.endpoint.transport;
    return kind === 'tcp' ? 'k2' : kind === 'mqtt' ? 'k3' : undefined;
  }

  /** The clock everything of this client is timed on (ServiceCaller). */
  clock(): Clock {
    return this.o.clock;
  }

  /** Requests on the wire now. */
  get inFlightCount(): number {
    return this.calls.admission.inFlightCount;
  }

  get queuedCount(): number {
    return this.calls.admission.queuedCount;
  }

  /** Notification frames that matched no live subscription (forged, stale, stray), dropped since the client began. */
  get droppedNotifications(): number {
    return this.droppedByPastLinks + (this.link?.droppedNotifications ?? 0);
  }

  /**
   * `ownerId` (a node's id) wants `topic`'s notifications: one robot subscription per topic, replayed
   * after every login before 'open'; trouble is a `problem` event. Throws past 64 topics.
   */
  subscribe<P>(topic: NotificationTopic<P>, ownerId: string, callback: NotificationCallback<P>): void {
    this.subscriptions.add(topic, ownerId, callback);
  }

  /**
   * `ownerId` no longer wants `topic`. The last owner's leaving ends the robot's subscription at
   * once when `removed` (the node was deleted), else after `subscriptionGraceMs` (a redeploy).
   */
  unsubscribe(topic: NotificationTopic<unknown>, ownerId: string, removed = true): void {
    this.subscriptions.remove(topic, ownerId, removed);
  }

  /** Starts connecting (idempotent). */
  start(): void {
    if (this.machine.state !== 'idle') return;
    void this.connectOnce();
  }

  /** Calls one Session RPC by its key in the Session table. Fails with a KortexError; never throws synchronously. */
  call<K extends SessionRpcKey>(rpc: K, input: RpcInput<K>, options?: { timeoutMs?: number }): Promise<CallResult<RpcOutput<K>>> {
    return this.callRpc(SessionRpcs[rpc] as RpcDescriptor<RpcInput<K>, RpcOutput<K>>, input, options);
  }

  /** Calls one RPC of any service by its descriptor (typed in src/client/services/). Fails with a KortexError; never throws synchronously. */
  callRpc<In, Out>(descriptor: RpcDescriptor<In, Out>, input: In, options?: { timeoutMs?: number }): Promise<CallResult<Out>> {
    return this.calls.call(descriptor, input, options);
  }

  /** While the robot refuses our login, a call fails at once with the robot's own error. */
  private refusedNow(rpc: string): KortexError | undefined {
    return this.loginRefusal && this.machine.state !== 'open' ? refusalError(this.loginRefusal, this.robot, rpc) : undefined;
  }

  /** Resolves once the session is open, or rejects with the first failure (one-shot users: the CLI, "Test connection"); then closed. */
  openOnce(timeoutMs = this.o.connectTimeoutMs + this.o.requestTimeoutMs): Promise<void> {
    return openOnce(this, timeoutMs, this.o.clock);
  }

  /**
   * Hands the robot over: ends the session (CloseSession when open, bounded), stays 'released' without
   * retries until acquire() or reconnect() (calls fail with RELEASED). Resolves once closed; never rejects.
   */
  release(): Promise<void> {
    const state = this.machine.state;
    if (!this.machine.canEnter('released')) return this.releasing ?? Promise.resolve();
    this.o.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const released = (rpc: string): KortexError =>
      new KortexError('the session was released (handed over)', { kind: 'RELEASED', rpc, robot: this.robot });
    const sessionId = this.sessionId;
    const linkClosed = this.link?.close(released, state === 'open', this.o.closeTimeoutMs);
    this.forgetLink(this.link);
    this.lastError = this.loginRefusal = undefined;
    this.log(`session ${sessionId} released`);
    this.enter('released', { sessionId });
    this.calls.admission.failWaiting(released);
    // Stryker disable next-line BlockStatement: equivalent, a finished release's promise is settled: release() resolves at once either way
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
    // Set before doClose() runs: a listener of 'closing' that calls close() again gets this promise, no second close.
    let closed!: () => void;
    this.closePromise = new Promise<void>((resolve) => {
      closed = resolve;
    });
    this.doClose()
      .catch((err: unknown) => this.emitProblem(err as Error))
      .then(closed, closed);
    return this.closePromise;
  }

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
    this.loggedIn = link;
    if (this.subscriptions.size > 0) {
      await this.subscriptions.replay(link); // no wait at all when nothing is wanted
      if (link.disposed) return;
    }
    this.lastError = this.loginRefusal = undefined;
    this.backoff.opened();
    link.startKeepAlive();
    this.log(`session ${link.sessionId} open`);
    this.enter('open');
    if (link.disposed) return;
    this.calls.admission.drain();
  }

  /**
   * Runs one step of `link`: true when it succeeded and the link is still ours; a failure takes
   * the link down (at once when the step throws before its first wait). `login`: any error reply is
   * then a refused login, whatever code the robot uses for it (docs/protocol.md), not a link fault;
   * so is a refused link (loginRefusal.ts).
   */
  // Stryker disable next-line BooleanLiteral: equivalent, connect() never fails with a robot's error code (only a reply has one)
  private async step(link: SessionLink, run: () => Promise<void>, login = false): Promise<boolean> {
    try {
      await run();
    } catch (err) {
      if (link.disposed) return false;
      const refusal = refusalOf(err, login, this.robot, link.transportEndpoint);
      if (refusal) this.loginRefusal = refusal;
      // A refused link (TLS, the broker's login) is as final as a wrong robot password, and named like one.
      this.linkDown(refusal && 'kind' in refusal ? refusalError(refusal, this.robot) : (err as Error));
      return false;
    }
    return !link.disposed;
  }

  /** The link or the session is gone: fail what is in flight, drop the link, schedule a retry. */
  private linkDown(cause: Error, sessionLost = false): void {
    if (!this.machine.canEnter('reconnecting')) return;
    const link = this.link;
    this.forgetLink(link);
    const error = linkLostError(cause, this.robot, link?.transportEndpoint);
    this.lastError = error;
    const wasConnecting = this.machine.state === 'connecting';
    link?.dispose(lostCallError(error, this.robot, link.transportEndpoint));
    const loginRefused = this.loginRefusal !== undefined;
    if (loginRefused) {
      // Waiting for the next attempt cannot help these calls: they fail now with the robot's answer.
      this.calls.admission.failWaiting((rpc) => this.refusedNow(rpc) ?? error);
    }
    if (wasConnecting && this.endpoint.connectFailed()) this.log('several failed connections in a row: the robot will be probed again');
    const delayMs = this.backoff.nextDelay(loginRefused ? 'login-refused' : sessionLost ? 'session-lost' : 'link');
    // Armed before the event: a listener that closes the client on 'reconnecting' clears it.
    this.reconnectTimer = this.o.clock.setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.machine.state === 'reconnecting') void this.connectOnce();
    }, delayMs);
    // The line starts with the robot already (log()): the error's own "on <robot>: " would say it again.
    const why = error.message.startsWith(`on ${this.robot}: `) ? error.message.slice(`on ${this.robot}: `.length) : error.message;
    this.log(`${sessionLost ? 'session lost' : loginRefused ? 'login refused' : 'link down'}: ${why}; next attempt in ${delayMs} ms`);
    this.enter('reconnecting', { delayMs, attempt: this.backoff.attempt, error, authFailed: loginRefused, sessionLost });
  }

  /** The link is no longer ours: its subscriptions went with it, its drop count is kept. */
  private forgetLink(link: SessionLink | undefined): void {
    if (link) this.droppedByPastLinks += link.droppedNotifications;
    this.link = this.loggedIn = undefined;
    this.subscriptions.linkGone();
  }

  private emitProblem(err: Error): void {
    if (this.listenerCount('problem') > 0) this.emit('problem', new Error(redact(err.message)));
  }

  private async doClose(): Promise<void> {
    const wasOpen = this.machine.state === 'open';
    // Before anyone hears 'closing': the link stops at once (CloseSession if the session was open), the retry timer goes.
    this.o.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const closed = (rpc: string): KortexError =>
      new KortexError('the session client is closed', { kind: 'CLOSED', rpc, robot: this.robot });
    const linkClosed = this.link?.close(closed, wasOpen, this.o.closeTimeoutMs);
    this.enter('closing');
    this.calls.admission.failWaiting(closed);
    await linkClosed;
    this.forgetLink(this.link);
    this.subscriptions.clear();
    for (const release of this.releaseTexts) release();
    this.log('closed');
    this.machine.enter({ state: 'closed', robot: this.robot, sessionId: 0 });
  }
}
