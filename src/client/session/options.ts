/**
 * The session client's options and their defaults: the one place where default timeouts live
 * (the nodes and the Test connection endpoint read them from here).
 */
import type { RobotEndpointOptions } from '../link/endpoint';
import { registerPublicValue, registerSecret } from '../core/redact';
import type { BackoffOptions } from './backoff';
import { MQTT_TLS_PORT, ROBOT_PORTS } from '../../protocol/ports';
import { Clock, systemClock } from '../../util/clock';
import type { BrokerCredentials, MqttTlsOptions, Transport, TransportChoice, TransportKind } from '../../transport/types';

export type { BrokerCredentials, MqttTlsOptions } from '../../transport/types';

// The robot's ports, for nodes/: it imports src/client, never src/protocol.
export { MQTT_TLS_PORT, ROBOT_PORTS } from '../../protocol/ports';

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
  /**
   * Kortex 3 only: MQTT over TLS (node:tls options, as Node-RED's tls-config node fills them).
   * Default port 8883; with 'auto' it means Kortex 3 (nothing is probed).
   */
  tls?: MqttTlsOptions;
  /** Kortex 3 only: the broker's own user name and password, separate from the robot account. */
  broker?: BrokerCredentials;
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
  /**
   * How long a notification topic nobody wants any more stays subscribed on the robot (ms), so a
   * restarted owner (a redeploy) finds it still there. Default 5000, as the pool's grace.
   */
  subscriptionGraceMs?: number;
  /** 'auto' only: connection failures in a row after which the remembered transport is probed again. Default 3. */
  autoRedetectAfterFailures?: number;
  /** Source of randomness for jitter (tests pass a seeded one). */
  random?: () => number;
  /** @internal Time for every timer and timeout of the client (tests pass a manual clock). Default: the system's. */
  clock?: Clock;
  /** Builds the transport (tests and the K3 auto-probe substitute their own). */
  transportFactory?(options: SessionClientOptions): Transport;
  /**
   * Where the client tells what it did (connects, logins, keep-alives, reconnect decisions), one
   * redacted line at a time. Default: nothing. kortex-session routes it to node.trace().
   */
  log?: (line: string) => void;
}

/** The defaults, shared with the nodes (blank fields in the editor) and the Test connection endpoint. */
export const DEFAULT_SESSION_OPTIONS = {
  sessionInactivityTimeoutMs: 60_000,
  connectionInactivityTimeoutMs: 10_000,
  requestTimeoutMs: 5_000,
  connectTimeoutMs: 5_000,
  reconnectInitialDelayMs: 500,
  reconnectMaxDelayMs: 30_000,
  backoffResetAfterMs: 10_000,
  maxInFlight: 32,
  maxQueued: 1_000,
  subscriptionGraceMs: 5_000,
  closeTimeoutMs: 2_000,
  autoRedetectAfterFailures: 3,
} as const;

type Defaulted = keyof typeof DEFAULT_SESSION_OPTIONS;

/** Options with every default filled in; `port` is 0 while 'auto' has not probed yet. */
export type ResolvedSessionOptions = Omit<
  SessionClientOptions,
  Defaulted | 'port' | 'keepAliveIntervalMs' | 'queueWaitMs' | 'random' | 'clock' | 'log'
> & { -readonly [K in Defaulted]: number } & {
  port: number;
  keepAliveIntervalMs: number;
  queueWaitMs: number;
  random: () => number;
  clock: Clock;
  log: ((line: string) => void) | undefined;
};

/**
 * The transport a choice means once TLS or broker credentials are given: those are Kortex 3
 * settings, so 'auto' is MQTT, and Kortex 2 TCP with them is a mistake (throws, naming it).
 */
export function effectiveTransport(o: Pick<SessionClientOptions, 'transport' | 'tls' | 'broker'>): TransportChoice {
  if (!o.tls && !o.broker) return o.transport;
  if (o.transport === 'tcp') throw new Error('TLS and broker credentials are Kortex 3 (MQTT) settings: Kortex 2 TCP has neither');
  return 'mqtt';
}

/** The port a transport uses when none is given: 10000 (TCP), 1883 (MQTT), 8883 (MQTT over TLS). */
export function defaultPort(transport: TransportKind, tls: boolean): number {
  return transport === 'mqtt' && tls ? MQTT_TLS_PORT : ROBOT_PORTS[transport];
}

export function resolveSessionOptions(options: SessionClientOptions): ResolvedSessionOptions {
  const given = stripUndefined(options);
  const transport = effectiveTransport(options);
  const sit = given.sessionInactivityTimeoutMs ?? DEFAULT_SESSION_OPTIONS.sessionInactivityTimeoutMs;
  const cit = given.connectionInactivityTimeoutMs ?? DEFAULT_SESSION_OPTIONS.connectionInactivityTimeoutMs;
  const requestTimeoutMs = given.requestTimeoutMs ?? DEFAULT_SESSION_OPTIONS.requestTimeoutMs;
  const smallest = Math.min(...[sit, cit].filter((t) => t > 0));
  return {
    ...DEFAULT_SESSION_OPTIONS,
    ...given,
    host: options.host,
    transport,
    username: options.username,
    password: options.password,
    // 'auto': 0 until the probe has chosen a transport.
    port: transport === 'auto' ? 0 : (options.port ?? defaultPort(transport, options.tls !== undefined)),
    namespace: options.namespace || undefined,
    sessionInactivityTimeoutMs: sit,
    connectionInactivityTimeoutMs: cit,
    requestTimeoutMs,
    keepAliveIntervalMs: given.keepAliveIntervalMs ?? (Number.isFinite(smallest) ? Math.max(100, Math.floor(smallest / 3)) : 0),
    queueWaitMs: given.queueWaitMs ?? requestTimeoutMs,
    random: given.random ?? Math.random,
    clock: given.clock ?? systemClock,
    log: given.log,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Where and how the client reaches the robot (link/endpoint.ts), from its options. */
export function endpointOptions(o: ResolvedSessionOptions): RobotEndpointOptions {
  return {
    host: o.host,
    transport: o.transport,
    port: o.port,
    namespace: o.namespace,
    autoDetect: o.autoDetect,
    probeTimeoutMs: o.connectTimeoutMs,
    redetectAfterFailures: o.autoRedetectAfterFailures,
  };
}

/** The reconnect delays' settings (backoff.ts), from the client's options. */
export function backoffOptions(o: ResolvedSessionOptions): BackoffOptions {
  const { reconnectInitialDelayMs, reconnectMaxDelayMs, backoffResetAfterMs, random, clock } = o;
  return { initialDelayMs: reconnectInitialDelayMs, maxDelayMs: reconnectMaxDelayMs, resetAfterMs: backoffResetAfterMs, random, clock };
}

/**
 * Masks the secrets of `options` in every text the package writes, and keeps the user name and
 * host readable even when a password is the same word; returns what undoes it when the client closes.
 */
export function registerOptionTexts(options: SessionClientOptions): Array<() => void> {
  return [
    registerSecret(options.password),
    registerSecret(options.broker?.password),
    registerSecret(options.tls?.passphrase),
    registerPublicValue(options.username),
    registerPublicValue(options.host),
    registerPublicValue(options.broker?.username),
  ];
}
