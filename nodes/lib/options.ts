/**
 * From a kortex-session config node's properties and credentials to the client options the pool
 * is keyed on. Values come from the editor as strings (or numbers from hand-written flows); blanks
 * mean "default".
 */
import {
  DEFAULT_SESSION_OPTIONS,
  MQTT_TLS_PORT,
  MqttTlsOptions,
  ROBOT_PORTS,
  SessionClientOptions,
} from '../../src/client/session/options';
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
  /** Kortex 3 over TLS (Node-RED's MQTT broker node calls it the same). */
  usetls?: boolean | string;
  /** The id of the tls-config node with the CA, client certificate and key, server name. */
  tls?: string;
}

export interface SessionCredentials {
  password?: string;
  /** Kortex 3: the broker's own login, separate from the robot account. */
  brokerUsername?: string;
  brokerPassword?: string;
}

/**
 * The TLS options of the tls-config node `id` (its addTLSOptions()), or undefined when there is no
 * such deployed node.
 */
export type TlsConfigLookup = (id: string) => MqttTlsOptions | undefined;

/** The client's defaults, under the config node's property names. */
const DEFAULT_TIMEOUTS = {
  sessionInactivityTimeout: DEFAULT_SESSION_OPTIONS.sessionInactivityTimeoutMs,
  connectionInactivityTimeout: DEFAULT_SESSION_OPTIONS.connectionInactivityTimeoutMs,
  requestTimeout: DEFAULT_SESSION_OPTIONS.requestTimeoutMs,
} as const;

/**
 * What the config dialog shows for blank fields (placeholders, initial values): exported to the
 * editor as the kortex-session node's setting `kortexSessionDefaults`
 * (nodes/kortex-session/kortex-session.ts).
 */
export const EDITOR_DEFAULTS = { ports: { ...ROBOT_PORTS, mqttTls: MQTT_TLS_PORT }, timeouts: DEFAULT_TIMEOUTS } as const;

/** Ports that mean "this is an MQTT broker" when typed with the 'auto' choice. */
const MQTT_LIKE_PORTS: readonly number[] = [ROBOT_PORTS.mqtt, MQTT_TLS_PORT];

/**
 * What the config's transport choice means for the client. 'auto' with a blank port lets the
 * client probe the robot (Kortex 3 MQTT first, then Kortex 2 TCP, each on its well-known port; remembered
 * per host). With a typed port there is nothing to probe: the port says which transport it is (the
 * MQTT ports, plain and TLS, are MQTT, anything else Kortex 2 TCP), as in the editor's "Test connection". 'mqtt' and
 * 'tcp' pass through; a transport this build cannot speak becomes a failed connection attempt
 * (red status) through the guarded transport factory, never a crash. With TLS, 'auto' is Kortex 3.
 */
export function resolveTransportChoice(
  choice: TransportChoice,
  port: number | undefined,
  tls = false,
): { transport: SessionClientOptions['transport']; port: number | undefined } {
  if (choice !== 'auto') return { transport: choice, port };
  if (tls) return { transport: 'mqtt', port };
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

function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** TLS options for the config (undefined without "Use TLS"); throws when its tls-config node is gone. */
function tlsOptions(props: SessionConfigProps, lookupTls: TlsConfigLookup | undefined, t: Translate): MqttTlsOptions | undefined {
  if (!isTrue(props.usetls)) return undefined;
  const id = typeof props.tls === 'string' ? props.tls.trim() : '';
  // Without a tls-config node: TLS with the system's CAs, verifying the broker (as Node-RED's MQTT node does).
  if (!id) return {};
  const found = lookupTls?.(id);
  if (!found) throw new ConfigProblem(t('kortex.errors.tlsConfigMissing', { id }));
  return found;
}

/** The broker's own login from the credentials; undefined when no broker user name is set. */
function brokerLogin(credentials: SessionCredentials | undefined, t: Translate): SessionClientOptions['broker'] {
  const username = typeof credentials?.brokerUsername === 'string' ? credentials.brokerUsername.trim() : '';
  const password =
    typeof credentials?.brokerPassword === 'string' && credentials.brokerPassword !== '' ? credentials.brokerPassword : undefined;
  if (!username) {
    if (password !== undefined) throw new ConfigProblem(t('kortex.errors.brokerUserMissing'));
    return undefined;
  }
  return { username, ...(password !== undefined ? { password } : {}) };
}

/**
 * Builds the pooled client's options; throws ConfigProblem (never naming a password) when unusable.
 * `lookupTls` finds the tls-config node that "Use TLS" names.
 */
export function buildClientOptions(
  props: SessionConfigProps,
  credentials: SessionCredentials | undefined,
  t: Translate,
  lookupTls?: TlsConfigLookup,
): SessionClientOptions {
  const host = typeof props.host === 'string' ? props.host.trim() : '';
  if (!host) throw new ConfigProblem(t('kortex.errors.hostRequired'));
  const username = typeof props.username === 'string' ? props.username.trim() : '';
  if (!username) throw new ConfigProblem(t('kortex.errors.usernameRequired'));
  const password = credentials?.password;
  if (typeof password !== 'string' || password === '') throw new ConfigProblem(t('kortex.errors.passwordMissing'));
  const choice = parseTransport(props.transport, t);
  const tls = tlsOptions(props, lookupTls, t);
  const broker = brokerLogin(credentials, t);
  if (choice === 'tcp' && (tls || broker)) throw new ConfigProblem(t('kortex.errors.tlsNeedsMqtt'));
  const { transport, port } = resolveTransportChoice(choice, parsePort(props.port, t), tls !== undefined || broker !== undefined);
  const namespace = typeof props.namespace === 'string' && props.namespace.trim() ? props.namespace.trim() : undefined;
  return {
    host,
    port,
    transport,
    namespace,
    ...(tls ? { tls } : {}),
    ...(broker ? { broker } : {}),
    username,
    password,
    sessionInactivityTimeoutMs: positiveInteger(
      props.sessionInactivityTimeout,
      DEFAULT_TIMEOUTS.sessionInactivityTimeout,
      'sessionInactivityTimeout',
      t,
    ),
    connectionInactivityTimeoutMs: positiveInteger(
      props.connectionInactivityTimeout,
      DEFAULT_TIMEOUTS.connectionInactivityTimeout,
      'connectionInactivityTimeout',
      t,
    ),
    requestTimeoutMs: positiveInteger(props.requestTimeout, DEFAULT_TIMEOUTS.requestTimeout, 'requestTimeout', t),
  };
}
