/**
 * One robot session: connect, authenticate (CreateSession), keep alive, reconnect with backoff and
 * full jitter, bounded in-flight and waiting requests, and a bounded clean close.
 */
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
// Straight from the modules, not the '../protocol' barrel: its re-exports compile to getters
// that are paid on every call.
import type { HeaderFields } from '../protocol/header';
import { SESSION_SERVICE_ID, SessionRpcKey, SessionRpcs, RpcInput, RpcOutput, PayloadError } from '../protocol/session';
import { createTransport, DEFAULT_PORTS } from '../transport';
import { detectTransport } from '../transport/auto';
import type { Transport, TransportChoice, TransportKind } from '../transport/types';
import { KortexError } from './errors';
import { redact, registerSecret } from './redact';
import { Router } from './router';

export type SessionState = 'idle' | 'connecting' | 'authenticating' | 'open' | 'reconnecting' | 'closing' | 'closed';

export interface SessionStateEvent {
  state: SessionState;
  previous: SessionState;
  /** Robot endpoint, "host:port". */
  robot: string;
  sessionId: number;
  /** reconnecting: wait before the next attempt, and which attempt that will be. */
  delayMs?: number;
  attempt?: number;
  /** Why we left the previous state (redacted). */
  error?: KortexError | Error;
  /** reconnecting after the robot refused the credentials. */
  authFailed?: boolean;
}

export interface SessionClientOptions {
  host: string;
  /** Default 10000 for tcp, 1883 for mqtt. Ignored with 'auto': see `autoDetect`. */
  port?: number;
  /**
   * 'tcp' (Kortex 2), 'mqtt' (Kortex 3), or 'auto': before the first connect, probe MQTT v5 on
   * 1883 and TCP on 10000 (MQTT preferred; remembered per host) and use the one that answered.
   */
  transport: TransportChoice;
  /** 'auto' only: probe ports (defaults 1883 and 10000; the winner's port is used) and probe timeout (default connectTimeoutMs). */
  autoDetect?: { mqttPort?: number; tcpPort?: number; timeoutMs?: number };
  namespace?: string;
  username: string;
  password: string;
  /** Robot closes the session after this much inactivity (ms). Default 60000. */
  sessionInactivityTimeoutMs?: number;
  /** Robot stops motion started by this session after this much inactivity (ms). Default 10000. */
  connectionInactivityTimeoutMs?: number;
  /** Per-request timeout (ms). Default 5000. */
  requestTimeoutMs?: number;
  /** Link set-up timeout (ms). Default 5000. */
  connectTimeoutMs?: number;
  /** Send KeepAlive after this much idle time (ms). Default: a third of the smaller inactivity timeout. 0 disables. */
  keepAliveIntervalMs?: number;
  /** Reconnect backoff: first delay and cap (ms). Defaults 500 and 30000. */
  reconnectInitialDelayMs?: number;
  reconnectMaxDelayMs?: number;
  /** A session open this long resets the backoff (ms). Default 10000. */
  backoffResetAfterMs?: number;
  /** Requests on the wire at once. Default 32. */
  maxInFlight?: number;
  /** Requests waiting for a slot or for the link. Default 1000; more fail at once. */
  maxQueued?: number;
  /** How long a request may wait for the link to come up (ms). Default: requestTimeoutMs. */
  queueWaitMs?: number;
  /** CloseSession + socket close bound (ms). Default 2000. */
  closeTimeoutMs?: number;
  /** Source of randomness for jitter (tests pass a seeded one). */
  random?: () => number;
  /** Builds the transport (tests and the K3 auto-probe substitute their own). */
  transportFactory?: (options: SessionClientOptions) => Transport;
}

export interface CallResult<T> {
  payload: T;
  meta: CallMeta;
}

export interface CallMeta {
  robot: string;
  rpc: string;
  sessionId: number;
  durationMs: number;
}

export interface SessionClientEventMap {
  state: [event: SessionStateEvent];
  /** Non-fatal protocol trouble (stray frames, garbage on the link), redacted. */
  problem: [error: Error];
}

interface Waiter {
  start: () => void;
  fail: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

const defaults = {
  sessionInactivityTimeoutMs: 60_000,
  connectionInactivityTimeoutMs: 10_000,
  requestTimeoutMs: 5_000,
  connectTimeoutMs: 5_000,
  reconnectInitialDelayMs: 500,
  reconnectMaxDelayMs: 30_000,
  backoffResetAfterMs: 10_000,
  maxInFlight: 32,
  maxQueued: 1_000,
  closeTimeoutMs: 2_000,
};

export class KortexSessionClient extends EventEmitter<SessionClientEventMap> {
  private robotName: string;
  private readonly o: Required<Omit<SessionClientOptions, 'namespace' | 'port' | 'keepAliveIntervalMs' | 'queueWaitMs' | 'transportFactory' | 'autoDetect'>> &
    Pick<SessionClientOptions, 'namespace' | 'transportFactory' | 'autoDetect'> & { port: number; keepAliveIntervalMs: number; queueWaitMs: number };
  private currentState: SessionState = 'idle';
  private transport: Transport | undefined;
  private router: Router | undefined;
  private attempt = 0;
  private openedAt = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private keepAliveTimer: NodeJS.Timeout | undefined;
  private missedKeepAlives = 0;
  private inFlight = 0;
  private readonly waiting: Waiter[] = [];
  private lastError: Error | undefined;
  private closePromise: Promise<void> | undefined;
  private readonly unregisterSecret: () => void;
  /** Bumped on every (re)connect so callbacks of an old link are ignored. */
  private generation = 0;

  constructor(options: SessionClientOptions) {
    super();
    const sit = options.sessionInactivityTimeoutMs ?? defaults.sessionInactivityTimeoutMs;
    const cit = options.connectionInactivityTimeoutMs ?? defaults.connectionInactivityTimeoutMs;
    const requestTimeoutMs = options.requestTimeoutMs ?? defaults.requestTimeoutMs;
    const smallest = Math.min(...[sit, cit].filter((t) => t > 0));
    this.o = {
      ...defaults,
      ...stripUndefined(options),
      host: options.host,
      transport: options.transport,
      username: options.username,
      password: options.password,
      // 'auto': 0 until the probe has chosen a transport.
      port: options.transport === 'auto' ? 0 : options.port ?? DEFAULT_PORTS[options.transport],
      namespace: options.namespace || undefined,
      sessionInactivityTimeoutMs: sit,
      connectionInactivityTimeoutMs: cit,
      requestTimeoutMs,
      keepAliveIntervalMs: options.keepAliveIntervalMs ?? (Number.isFinite(smallest) ? Math.max(100, Math.floor(smallest / 3)) : 0),
      queueWaitMs: options.queueWaitMs ?? requestTimeoutMs,
      random: options.random ?? Math.random,
    };
    this.robotName = this.describeRobot();
    this.unregisterSecret = registerSecret(options.password);
  }

  /** Robot endpoint, "host:port" (plus "/namespace"); just the host while 'auto' has not probed yet. */
  get robot(): string {
    return this.robotName;
  }

  get state(): SessionState {
    return this.currentState;
  }

  get sessionId(): number {
    return this.router?.sessionId ?? 0;
  }

  /** The transport in use; 'auto' until the probe has chosen one. */
  get transportKind(): TransportChoice {
    return this.o.transport;
  }

  /** Requests on the wire now. */
  get inFlightCount(): number {
    return this.inFlight;
  }

  get queuedCount(): number {
    return this.waiting.length;
  }

  /** Starts connecting (idempotent). */
  start(): void {
    if (this.currentState !== 'idle') return;
    void this.connectOnce();
  }

  /** Calls one Session RPC. Fails with a KortexError; never throws synchronously. */
  call<K extends SessionRpcKey>(rpc: K, input: RpcInput<K>, options: { timeoutMs?: number } = {}): Promise<CallResult<RpcOutput<K>>> {
    const descriptor = SessionRpcs[rpc];
    let payload: Uint8Array | undefined;
    try {
      payload = (descriptor.encodeRequest as (i: RpcInput<K>) => Uint8Array | undefined)(input);
    } catch (err) {
      const message = err instanceof PayloadError ? err.message : `cannot encode the request: ${(err as Error).message}`;
      return Promise.reject(new KortexError(redact(message), { kind: 'INVALID_INPUT', rpc: descriptor.name, robot: this.robot }));
    }
    const decode = descriptor.decodeResponse as (b: Uint8Array) => RpcOutput<K>;
    const timeoutMs = options.timeoutMs ?? this.o.requestTimeoutMs;
    // Fast path, the common case under load: open, a free slot and nobody queued ahead. The call
    // goes on the wire now, and the whole call costs one Promise instead of an async function,
    // a slot Promise and the router's Promise, each with its own microtask hops.
    if (this.currentState === 'open' && this.inFlight < this.o.maxInFlight && this.waiting.length === 0) {
      this.inFlight++;
      return new Promise<CallResult<RpcOutput<K>>>((resolve, reject) => {
        this.dispatch(descriptor.name, descriptor.functionId, payload, timeoutMs, decode, resolve, reject);
      });
    }
    return this.acquireSlot(descriptor.name).then(() => new Promise<CallResult<RpcOutput<K>>>((resolve, reject) => {
      this.dispatch(descriptor.name, descriptor.functionId, payload, timeoutMs, decode, resolve, reject);
    }));
  }

  /**
   * Sends one request on a slot already taken, and settles the caller's Promise: decode the reply,
   * release the slot, then resolve; or (after logging in again when the robot forgot the session)
   * release the slot and reject.
   */
  private dispatch<T>(
    rpc: string, functionId: number, payload: Uint8Array | undefined, timeoutMs: number, decode: (b: Uint8Array) => T,
    resolve: (result: CallResult<T>) => void, reject: (err: Error) => void,
  ): void {
    const fail = (err: Error): void => {
      if (err instanceof KortexError && (err.subCodeName === 'INVALID_SESSION')) {
        // The robot forgot our session (it restarted, or the session expired): log in again.
        this.linkDown(err);
      }
      this.releaseSlot();
      reject(err);
    };
    const router = this.router;
    if (!router || this.currentState !== 'open') {
      fail(new KortexError(`robot is not connected${this.lastError ? `: ${this.lastError.message}` : ''}`, {
        kind: 'NOT_CONNECTED', rpc, robot: this.robot,
      }));
      return;
    }
    const started = performance.now();
    router.send({ serviceId: SESSION_SERVICE_ID, functionId, payload, timeoutMs, rpc }, (err, reply, header) => {
      if (err) {
        // Failures reach us synchronously from inside the router (failAll while linkDown or close
        // is still tearing the link down, a timeout sweep, a refused write). Handled one microtask
        // later, as an awaited rejection always was, so the slot is released only once the client's
        // state has settled (a slot freed mid-linkDown must not start a queued call on a dead link).
        queueMicrotask(() => fail(err));
        return;
      }
      let decoded: T;
      try {
        decoded = decode(reply as Buffer);
      } catch (e) {
        // A corrupted reply must fail as a KortexError like every other failure, not as protobufjs' raw error.
        fail(new KortexError(`the robot's reply could not be decoded: ${redact((e as Error).message)}`, {
          kind: 'BAD_RESPONSE', rpc, robot: this.robot, cause: e as Error,
        }));
        return;
      }
      this.missedKeepAlives = 0;
      this.releaseSlot();
      resolve({
        payload: decoded,
        meta: { robot: this.robot, rpc, sessionId: (header as HeaderFields).sessionId, durationMs: performance.now() - started },
      });
    });
  }

  /**
   * Starts the client and resolves once the session is open, or rejects with the first failure
   * (for one-shot users: the CLI and the editor's "Test connection"; the retry loop is stopped).
   */
  openOnce(timeoutMs = this.o.connectTimeoutMs + this.o.requestTimeoutMs): Promise<void> {
    if (this.currentState === 'open') return Promise.resolve();
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
    if (!this.closePromise) this.closePromise = this.doClose();
    return this.closePromise;
  }

  /* ---------------- lifecycle ---------------- */

  private setState(state: SessionState, extra: Partial<SessionStateEvent> = {}): void {
    const previous = this.currentState;
    this.currentState = state;
    this.emit('state', { state, previous, robot: this.robot, sessionId: this.sessionId, ...extra });
    if (state === 'open') this.drainWaiting();
  }

  private async connectOnce(): Promise<void> {
    const generation = ++this.generation;
    this.setState('connecting', { attempt: this.attempt + 1 });
    if (this.o.transport === 'auto') {
      try {
        await this.resolveAutoTransport();
      } catch (err) {
        if (generation === this.generation) this.linkDown(err as Error);
        return;
      }
      if (generation !== this.generation) return;
    }
    let transport: Transport;
    try {
      transport = (this.o.transportFactory ?? defaultTransportFactory)({ ...this.o, port: this.o.port });
    } catch (err) {
      // e.g. an unavailable transport or an invalid namespace: a retryable failure, never a crash.
      this.linkDown(err as Error);
      return;
    }
    const router = new Router(transport);
    this.transport = transport;
    this.router = router;
    transport.on('problem', (err) => this.emitProblem(err));
    router.on('problem', (err) => this.emitProblem(err));
    transport.on('down', (err) => {
      if (generation === this.generation) this.linkDown(err);
    });
    try {
      await transport.connect(this.o.connectTimeoutMs);
      if (generation !== this.generation) return;
      this.setState('authenticating');
      const payload = SessionRpcs.createSession.encodeRequest({
        username: this.o.username,
        password: this.o.password,
        sessionInactivityTimeout: this.o.sessionInactivityTimeoutMs,
        connectionInactivityTimeout: this.o.connectionInactivityTimeoutMs,
      });
      await router.call({ serviceId: SESSION_SERVICE_ID, functionId: SessionRpcs.createSession.functionId, payload, timeoutMs: this.o.requestTimeoutMs, rpc: 'CreateSession' });
      if (generation !== this.generation) return;
      this.openedAt = Date.now();
      this.lastError = undefined;
      this.missedKeepAlives = 0;
      this.scheduleKeepAlive();
      this.setState('open');
    } catch (err) {
      if (generation !== this.generation) return;
      this.linkDown(err as Error);
    }
  }

  /** 'auto': probe once (the answer is cached per host), then behave as if that transport had been configured. */
  private async resolveAutoTransport(): Promise<void> {
    const probe = this.o.autoDetect ?? {};
    const mqttPort = probe.mqttPort ?? DEFAULT_PORTS.mqtt;
    const tcpPort = probe.tcpPort ?? DEFAULT_PORTS.tcp;
    const kind: TransportKind = await detectTransport(this.o.host, { mqttPort, tcpPort, timeoutMs: probe.timeoutMs ?? this.o.connectTimeoutMs });
    if (this.o.transport !== 'auto') return;
    this.o.transport = kind;
    this.o.port = kind === 'mqtt' ? mqttPort : tcpPort;
    this.robotName = this.describeRobot();
  }

  private describeRobot(): string {
    const where = this.o.transport === 'auto' ? this.o.host : `${this.o.host}:${this.o.port}`;
    return `${where}${this.o.namespace ? `/${this.o.namespace}` : ''}`;
  }

  /** The link or the session is gone: fail what is in flight, drop the link, schedule a retry. */
  private linkDown(cause: Error): void {
    if (this.currentState === 'closing' || this.currentState === 'closed' || this.currentState === 'reconnecting') return;
    // Transport texts already start with the endpoint; KortexError adds "on <robot>:" itself.
    const error = cause instanceof KortexError ? cause : new KortexError(withoutEndpoint(redact(cause.message), this.robot, this.transport?.endpoint), { kind: 'DISCONNECTED', robot: this.robot, cause });
    this.lastError = error;
    this.generation++;
    this.clearKeepAlive();
    const router = this.router;
    const transport = this.transport;
    this.router = undefined;
    this.transport = undefined;
    // One error per lost call, naming its RPC: "GetConnections on 10.0.0.5:10000: connection lost (connection reset by the robot)".
    const why = withoutEndpoint(error.message.replace(/^(?:\w+ )?on \S+: /, ''), this.robot, transport?.endpoint);
    router?.dispose((rpc) => new KortexError(`connection lost (${why})`, { kind: 'DISCONNECTED', rpc, robot: this.robot, cause: error }));
    if (transport) {
      transport.removeAllListeners('down');
      transport.on('problem', () => undefined);
      void transport.close(0);
    }
    if (this.openedAt && Date.now() - this.openedAt >= this.o.backoffResetAfterMs) this.attempt = 0;
    this.openedAt = 0;
    const authFailed = error instanceof KortexError && error.isAuthFailure;
    // Wrong credentials will not fix themselves quickly: wait the longest delay, don't hammer the robot.
    const ceiling = authFailed ? this.o.reconnectMaxDelayMs : Math.min(this.o.reconnectMaxDelayMs, this.o.reconnectInitialDelayMs * 2 ** this.attempt);
    const delayMs = authFailed ? ceiling : Math.round(this.o.random() * ceiling);
    this.attempt++;
    this.setState('reconnecting', { delayMs, attempt: this.attempt, error, authFailed });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.currentState === 'reconnecting') void this.connectOnce();
    }, delayMs);
  }

  private scheduleKeepAlive(): void {
    this.clearKeepAlive();
    const interval = this.o.keepAliveIntervalMs;
    if (!interval) return;
    const tick = (): void => {
      this.keepAliveTimer = undefined;
      const router = this.router;
      if (!router || this.currentState !== 'open') return;
      // Idle in EITHER direction counts: requests that get no answer (a frozen robot under steady
      // traffic) must still be probed, or the link would never be marked down.
      const idleFor = Date.now() - Math.min(router.lastSentAt, router.lastReceivedAt);
      if (idleFor + 5 < interval) {
        this.keepAliveTimer = setTimeout(tick, interval - idleFor);
        return;
      }
      const generation = this.generation;
      router.call({ serviceId: SESSION_SERVICE_ID, functionId: SessionRpcs.keepAlive.functionId, timeoutMs: interval, rpc: 'KeepAlive' })
        .then(() => {
          this.missedKeepAlives = 0;
        })
        .catch((err: Error) => {
          if (generation !== this.generation) return;
          if (err instanceof KortexError && err.kind === 'TIMEOUT') {
            // Two silent intervals in a row: the robot (or the path to it) is gone.
            if (++this.missedKeepAlives >= 2) this.linkDown(new KortexError(`robot stopped answering keep-alives for ${2 * interval} ms`, { kind: 'TIMEOUT', rpc: 'KeepAlive', robot: this.robot }));
          } else if (err instanceof KortexError && err.errorCode !== undefined) {
            this.linkDown(err);
          }
        })
        .finally(() => {
          // After a missed reply, probe again at once: two misses then take 3 intervals from the
          // last sign of life, i.e. the inactivity timeout when the interval is its default third.
          if (generation === this.generation && this.currentState === 'open' && !this.keepAliveTimer) this.keepAliveTimer = setTimeout(tick, this.missedKeepAlives > 0 ? 0 : interval);
        });
    };
    this.keepAliveTimer = setTimeout(tick, interval);
  }

  private clearKeepAlive(): void {
    if (this.keepAliveTimer) clearTimeout(this.keepAliveTimer);
    this.keepAliveTimer = undefined;
  }

  private emitProblem(err: Error): void {
    if (this.listenerCount('problem') > 0) this.emit('problem', new Error(redact(err.message)));
  }

  /* ---------------- request admission ---------------- */

  private acquireSlot(rpc: string): Promise<void> {
    if (this.currentState === 'closing' || this.currentState === 'closed') {
      return Promise.reject(new KortexError('the session client is closed', { kind: 'CLOSED', rpc, robot: this.robot }));
    }
    if (this.currentState === 'open' && this.inFlight < this.o.maxInFlight && this.waiting.length === 0) {
      this.inFlight++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.o.maxQueued) {
      return Promise.reject(new KortexError(`request queue full (${this.o.maxQueued} waiting, ${this.inFlight} in flight)`, { kind: 'QUEUE_FULL', rpc, robot: this.robot }));
    }
    if (this.currentState === 'idle') this.start();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          if (waiter.timer) clearTimeout(waiter.timer);
          this.inFlight++;
          resolve();
        },
        fail: (err) => {
          if (waiter.timer) clearTimeout(waiter.timer);
          reject(err);
        },
      };
      waiter.timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        const reason = this.currentState === 'open'
          ? `waited ${this.o.queueWaitMs} ms for a free request slot`
          : `robot not reachable for ${this.o.queueWaitMs} ms${this.lastError ? ` (${this.lastError.message})` : ''}`;
        reject(new KortexError(reason, { kind: this.currentState === 'open' ? 'TIMEOUT' : 'NOT_CONNECTED', rpc, robot: this.robot }));
      }, this.o.queueWaitMs);
      this.waiting.push(waiter);
    });
  }

  private releaseSlot(): void {
    this.inFlight--;
    this.drainWaiting();
  }

  private drainWaiting(): void {
    while (this.currentState === 'open' && this.inFlight < this.o.maxInFlight && this.waiting.length > 0) {
      this.waiting.shift()?.start();
    }
  }

  /* ---------------- close ---------------- */

  private async doClose(): Promise<void> {
    const wasOpen = this.currentState === 'open';
    this.setState('closing');
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.clearKeepAlive();
    const closed = new KortexError('the session client is closed', { kind: 'CLOSED', robot: this.robot });
    for (const waiter of this.waiting.splice(0)) waiter.fail(closed);
    const router = this.router;
    const transport = this.transport;
    this.generation++;
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
      await transport.close(Math.max(50, deadline - Date.now()));
    }
    this.router = undefined;
    this.transport = undefined;
    this.unregisterSecret();
    this.setState('closed');
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

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
