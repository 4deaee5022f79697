/**
 * From a kortex-session config node's properties and credentials to the client options the pool
 * is keyed on. Values come from the editor as strings (or numbers from hand-written flows); blanks
 * mean "default".
 */
import { DEFAULT_SESSION_OPTIONS, MQTT_TLS_PORT, ROBOT_PORTS, SessionClientOptions } from '../../src/client/sessionOptions';
import type { Translate } from './i18n';

/** 'auto', 'tcp' or 'mqtt', as the client takes it. */
type TransportChoice = SessionClientOptions['transport'];

/** The kortex-session node's properties as stored in the flow. */
export interface SessionConfigProps {
  name?: string;
  host?: string;
  transport?: TransportChoice | string;
  port?: string | number;
  namespace?: string;
  username?: string;
  sessionInactivityTimeout?: string | number;
  connectionInactivityTimeout?: string | number;
  requestTimeout?: string | number;
}

export interface SessionCredentials {
  password?: string;
}

/** The client's defaults, under the config node's property names. */
const DEFAULT_TIMEOUTS = {
  sessionInactivityTimeout: DEFAULT_SESSION_OPTIONS.sessionInactivityTimeoutMs,
  connectionInactivityTimeout: DEFAULT_SESSION_OPTIONS.connectionInactivityTimeoutMs,
  requestTimeout: DEFAULT_SESSION_OPTIONS.requestTimeoutMs,
} as const;

/**
 * What the config dialog shows for blank fields (placeholders, initial values): exported to the
 * editor as the kortex-session node's setting `kortexSessionDefaults` (nodes/kortex-session.ts).
 */
export const EDITOR_DEFAULTS = { ports: ROBOT_PORTS, timeouts: DEFAULT_TIMEOUTS } as const;

/** Ports that mean "this is an MQTT broker" when typed with the 'auto' choice. */
const MQTT_LIKE_PORTS: readonly number[] = [ROBOT_PORTS.mqtt, MQTT_TLS_PORT];

/**
 * What the config's transport choice means for the client. 'auto' with a blank port lets the
 * client probe the robot (Kortex 3 MQTT first, then Kortex 2 TCP, each on its well-known port; remembered
 * per host). With a typed port there is nothing to probe: the port says which transport it is (the
 * MQTT ports, plain and TLS, are MQTT, anything else Kortex 2 TCP), as in the editor's "Test connection". 'mqtt' and
 * 'tcp' pass through; a transport this build cannot speak becomes a failed connection attempt
 * (red status) through the guarded transport factory, never a crash.
 */
export function resolveTransportChoice(choice: TransportChoice, port: number | undefined): { transport: SessionClientOptions['transport']; port: number | undefined } {
  if (choice !== 'auto') return { transport: choice, port };
  if (port === undefined) return { transport: 'auto', port: undefined };
  return { transport: MQTT_LIKE_PORTS.includes(port) ? 'mqtt' : 'tcp', port };
}

/** A configuration the nodes cannot use; the text says what to fix. */
export class ConfigProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigProblem';
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A positive whole number, or `fallback` when blank. */
function positiveInteger(value: unknown, fallback: number, name: string, t: Translate): number {
  if (isBlank(value)) return fallback;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n <= 0) throw new ConfigProblem(t('kortex.errors.timeout', { name, value: String(value) }));
  return n;
}

function parsePort(value: unknown, t: Translate): number | undefined {
  if (isBlank(value)) return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new ConfigProblem(t('kortex.errors.portRange', { value: String(value) }));
  return n;
}

function parseTransport(value: unknown, t: Translate): TransportChoice {
  if (isBlank(value)) return 'auto';
  if (value === 'auto' || value === 'tcp' || value === 'mqtt') return value;
  throw new ConfigProblem(t('kortex.errors.transport', { value: String(value) }));
}

/** Builds the pooled client's options; throws ConfigProblem (never naming the password) when unusable. */
export function buildClientOptions(props: SessionConfigProps, credentials: SessionCredentials | undefined, t: Translate): SessionClientOptions {
  const host = typeof props.host === 'string' ? props.host.trim() : '';
  if (!host) throw new ConfigProblem(t('kortex.errors.hostRequired'));
  const username = typeof props.username === 'string' ? props.username.trim() : '';
  if (!username) throw new ConfigProblem(t('kortex.errors.usernameRequired'));
  const password = credentials?.password;
  if (typeof password !== 'string' || password === '') throw new ConfigProblem(t('kortex.errors.passwordMissing'));
  const { transport, port } = resolveTransportChoice(parseTransport(props.transport, t), parsePort(props.port, t));
  const namespace = typeof props.namespace === 'string' && props.namespace.trim() ? props.namespace.trim() : undefined;
  return {
    host,
    port,
    transport,
    namespace,
    username,
    password,
    sessionInactivityTimeoutMs: positiveInteger(props.sessionInactivityTimeout, DEFAULT_TIMEOUTS.sessionInactivityTimeout, 'sessionInactivityTimeout', t),
    connectionInactivityTimeoutMs: positiveInteger(props.connectionInactivityTimeout, DEFAULT_TIMEOUTS.connectionInactivityTimeout, 'connectionInactivityTimeout', t),
    requestTimeoutMs: positiveInteger(props.requestTimeout, DEFAULT_TIMEOUTS.requestTimeout, 'requestTimeout', t),
  };
}
