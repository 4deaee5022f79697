/**
 * "Test connection" for the kortex-session config dialog: an admin HTTP endpoint that opens one
 * session with the settings as typed (password included, even before deploy), reports the result
 * and closes it again. It never uses the shared pool, never echoes the password and never logs it.
 *
 *   POST <httpAdminRoot>/kortex-session/test        (needs the "kortex-session.write" permission)
 *   body: the config node's properties as the dialog holds them
 *         { host, transport, port, namespace, username, sessionInactivityTimeout,
 *           connectionInactivityTimeout, requestTimeout, usetls, tls }
 *         plus `password`, `brokerUsername`, `brokerPassword` and/or `id` (the config node's id)
 *   200:  { ok: true,  robot, transport, generation?, sessionId, durationMs }
 *   200:  { ok: false, error, code? }     error names the Kortex error, e.g. "… ERROR_DEVICE/INVALID_PASSWORD …"
 *   400:  { ok: false, error }            the settings themselves are unusable (same checks as the node)
 *
 * When `password` is absent (or the editor's "__PWRD__" placeholder for an unchanged password), `id`
 * must name a deployed kortex-session node and that node's stored credential is used, but only for
 * that node's own deployed robot identity (transport, host, port, namespace, user, normalised as the
 * pool does): the endpoint needs only kortex-session.write, so a stored password sent to another
 * address would hand it to the caller. Any other id (an mqtt-broker, an email node, an unknown id)
 * or any other endpoint is a 400 and nothing is sent anywhere; a typed password may be tested
 * against any endpoint.
 *   400:  { ok: false, error, code: "PASSWORD_REQUIRED" }   the stored password does not fit this endpoint
 *
 * The settings go through the node's own buildClientOptions(), so the test connects exactly the way
 * the deployed node would.
 */
import { KortexError } from '../../src/client/core/errors';
import { identityKey } from '../../src/client/session/pool';
import { redact, registerSecret } from '../../src/client/core/redact';
import { KortexSessionClient } from '../../src/client/session/client';
import { DEFAULT_SESSION_OPTIONS, SessionClientOptions } from '../../src/client/session/options';
import { Translate, translator } from '../lib/i18n';
import { ConfigProblem, SessionConfigProps, SessionCredentials, TlsConfigLookup, buildClientOptions } from '../lib/options';
import { ADMIN_PERMISSIONS } from './permissions';
import { SESSION_CONFIG_TYPE } from '../lib/sessionConfig';
import { holdsClientIdentity, tlsConfigLookup } from '../lib/tlsConfig';
import type { HttpHandler } from '../lib/types';

/** The parts of the Node-RED runtime API this module uses. */
export interface TestConnectionRED {
  httpAdmin: { post(path: string, ...handlers: HttpHandler[]): unknown };
  auth: { needsPermission(permission: string): HttpHandler };
  nodes: {
    /** Every node of the deployed flows, as configured (set at deploy, before the nodes start). */
    eachNode(callback: (def: { id?: unknown; type?: unknown; [property: string]: unknown }) => void): void;
    getCredentials(id: string): object | undefined | null;
    /** A running node (the tls-config node that "Use TLS" names). */
    getNode(id: string): unknown;
  };
  log?: { warn?(msg: string): void };
  /** The runtime's translator; English texts are used without it. */
  _?: (key: string, substitutions?: Record<string, string | number>) => string;
}

const TEST_CONNECTION_PATH = '/kortex-session/test';
const TEST_CONNECTION_PERMISSION = ADMIN_PERMISSIONS.write;

/** Node-RED's stand-in for a stored password the editor does not know. */
const PASSWORD_PLACEHOLDER = '__PWRD__';

/** The transport a test connection reports (the client's choice, without 'auto'). */
type TransportKind = Exclude<KortexSessionClient['transportKind'], 'auto'>;

export type TestConnectionResult =
  | { ok: true; robot: string; transport: TransportKind; generation?: 'k2' | 'k3'; sessionId: number; durationMs: number }
  | { ok: false; error: string; code?: string };

/** The request itself is unusable (400). The message never contains the password. */
class TestConnectionInputError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Why a stored password was not used: shown as it is in the config dialog and on the sidebar card. */
export const STORED_PASSWORD_ELSEWHERE =
  'the stored password of this kortex-session is only used for its deployed robot (host, port, transport, namespace, user); type the password to test another endpoint';
/** The same for the other stored secrets: the broker password, the client key of mutual TLS. */
const STORED_SECRET_ELSEWHERE =
  'the stored broker password and the TLS client certificate of this kortex-session are only used for its deployed robot (host, port, transport, namespace, user, TLS settings, broker user); type the broker password, or test without the client certificate';
const PASSWORD_REQUIRED = 'PASSWORD_REQUIRED';

const PROP_NAMES: ReadonlyArray<keyof SessionConfigProps> = [
  'host',
  'transport',
  'port',
  'namespace',
  'username',
  'sessionInactivityTimeout',
  'connectionInactivityTimeout',
  'requestTimeout',
  'usetls',
  'tls',
];

/** A deployed kortex-session node as configured: its properties and its stored credentials. */
export interface DeployedSession {
  props: SessionConfigProps;
  credentials: SessionCredentials;
}

/**
 * The deployed kortex-session node `id`; throws TestConnectionInputError when `id` is not a
 * deployed kortex-session node (its stored secret, if any, belongs to someone else).
 */
export type DeployedSessionLookup = (id: string) => DeployedSession;

function buildOrReject(
  props: SessionConfigProps,
  credentials: SessionCredentials,
  t: Translate,
  lookupTls: TlsConfigLookup,
): SessionClientOptions {
  try {
    return buildClientOptions(props, credentials, t, lookupTls);
  } catch (err) {
    if (err instanceof ConfigProblem) throw new TestConnectionInputError(redact(err.message));
    throw err;
  }
}

/** The robot identity of the deployed node, or undefined when its own configuration is unusable. */
function deployedIdentity(deployed: DeployedSession, t: Translate, lookupTls: TlsConfigLookup): string | undefined {
  try {
    return identityKey(buildClientOptions(deployed.props, deployed.credentials, t, lookupTls));
  } catch {
    return undefined;
  }
}

/** The stored credentials of the deployed kortex-session `id`; undefined when there is none (an undeployed node). */
function storedCredentials(lookupDeployed: DeployedSessionLookup, id: string): SessionCredentials | undefined {
  try {
    return lookupDeployed(id).credentials;
  } catch {
    return undefined;
  }
}

/** A secret the editor typed; undefined for blank and for the "__PWRD__" stand-in of a stored one. */
function typedSecret(value: unknown): string | undefined {
  return typeof value === 'string' && value !== PASSWORD_PLACEHOLDER && value !== '' ? value : undefined;
}

/**
 * Turns an endpoint body into client options, with the same checks (and messages) as the deployed
 * node; throws TestConnectionInputError when they fail or when a stored secret would go to another
 * endpoint than its node's. Stored secrets: the robot password, the broker password, and a client
 * certificate and key in the tls-config node (mutual TLS); each is used only for the deployed
 * node's own identity (transport, host, port, namespace, user, TLS settings, broker user).
 */
function parseTestConnectionBody(
  body: unknown,
  lookupDeployed: DeployedSessionLookup,
  t: Translate,
  lookupTls: TlsConfigLookup,
): SessionClientOptions {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new TestConnectionInputError('expected a JSON object');
  const b = body as Record<string, unknown>;
  const props: SessionConfigProps = {};
  for (const name of PROP_NAMES) {
    const value = b[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
      throw new TestConnectionInputError(`${name} must be a string or a number`);
    (props as Record<string, unknown>)[name] = value;
  }
  if (b.brokerUsername !== undefined && typeof b.brokerUsername !== 'string')
    throw new TestConnectionInputError('brokerUsername must be a string');
  const id = typeof b.id === 'string' && b.id ? b.id : undefined;
  // No broker user name in the body (the sidebar, an older editor): the deployed node's broker login, unchanged.
  const deployedBrokerLogin = b.brokerUsername === undefined && id !== undefined ? storedCredentials(lookupDeployed, id) : undefined;
  const brokerUsername = typeof b.brokerUsername === 'string' ? b.brokerUsername : deployedBrokerLogin?.brokerUsername;
  const typed: SessionCredentials = { password: typedSecret(b.password), brokerUsername, brokerPassword: typedSecret(b.brokerPassword) };
  const storedBrokerPassword =
    typeof brokerUsername === 'string' &&
    brokerUsername.trim() !== '' &&
    (b.brokerPassword === PASSWORD_PLACEHOLDER ||
      (deployedBrokerLogin?.brokerPassword !== undefined && typed.brokerPassword === undefined));
  const asTyped = buildOrReject(props, { ...typed, password: typed.password ?? PASSWORD_PLACEHOLDER }, t, lookupTls);
  const storedNeeded = typed.password === undefined || storedBrokerPassword || holdsClientIdentity(asTyped.tls);
  if (!storedNeeded) return { ...asTyped, password: typed.password as string };
  const elsewhere = typed.password === undefined ? STORED_PASSWORD_ELSEWHERE : STORED_SECRET_ELSEWHERE;
  if (id === undefined) {
    if (typed.password === undefined) return buildOrReject(props, typed, t, lookupTls); // "no password is set"
    throw new TestConnectionInputError(elsewhere, PASSWORD_REQUIRED);
  }
  const deployed = lookupDeployed(id);
  const options = buildOrReject(
    props,
    {
      brokerUsername,
      password: typed.password ?? deployed.credentials.password,
      brokerPassword: storedBrokerPassword ? deployed.credentials.brokerPassword : typed.brokerPassword,
    },
    t,
    lookupTls,
  );
  // Compared before anything is opened: a mismatch sends nothing anywhere.
  if (identityKey(options) !== deployedIdentity(deployed, t, lookupTls)) throw new TestConnectionInputError(elsewhere, PASSWORD_REQUIRED);
  return options;
}

/**
 * Opens one session with these options, waits for it to be open or to fail (within the connect
 * plus request timeout), finds out the robot's generation where it can, and closes the session.
 * Never rejects; the result never contains the password.
 */
async function testConnection(options: SessionClientOptions): Promise<TestConnectionResult> {
  const unregisters = [registerSecret(options.password), registerSecret(options.broker?.password), registerSecret(options.tls?.passphrase)];
  let client: KortexSessionClient | undefined;
  try {
    const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_SESSION_OPTIONS.connectTimeoutMs;
    const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_SESSION_OPTIONS.requestTimeoutMs;
    // 'auto' probes before it connects, bounded by the connect timeout too (src/client/link/endpoint.ts).
    const budgetMs = connectTimeoutMs + requestTimeoutMs + (options.transport === 'auto' ? connectTimeoutMs : 0);
    client = new KortexSessionClient({
      ...options,
      connectTimeoutMs,
      // One attempt only: the first failure is the answer.
      reconnectInitialDelayMs: 60_000,
      reconnectMaxDelayMs: 60_000,
      keepAliveIntervalMs: 0,
    });
    const c = client;
    const started = Date.now();
    c.on('problem', () => undefined);
    try {
      await c.openOnce(budgetMs + 500);
    } catch (err) {
      return describeFailure(err as Error, c.robot);
    }
    const sessionId = c.sessionId;
    const transport: TransportKind = c.transportKind === 'mqtt' ? 'mqtt' : 'tcp';
    const generation = transport === 'mqtt' ? 'k3' : await probeGeneration(c, requestTimeoutMs);
    return { ok: true, robot: c.robot, transport, ...(generation ? { generation } : {}), sessionId, durationMs: Date.now() - started };
  } catch (err) {
    return { ok: false, error: redact((err as Error)?.message ?? String(err)) };
  } finally {
    await client?.close();
    for (const unregister of unregisters) unregister();
  }
}

/** Kortex 3 robots answer GetAccessControl; Kortex 2 robots say UNSUPPORTED_METHOD. */
async function probeGeneration(client: KortexSessionClient, timeoutMs: number): Promise<'k2' | 'k3' | undefined> {
  try {
    await client.call('getAccessControl', {}, { timeoutMs });
    return 'k3';
  } catch (err) {
    if (err instanceof KortexError && (err.subCodeName === 'UNSUPPORTED_METHOD' || err.subCodeName === 'UNSUPPORTED_SERVICE')) return 'k2';
    return undefined;
  }
}

function describeFailure(error: Error, robot: string): TestConnectionResult {
  let message = redact(error.message);
  // "on host:port: host:port: connection refused" reads better once.
  const lead = `on ${robot}: `;
  if (message.startsWith(lead) && message.slice(lead.length).includes(robot)) message = message.slice(lead.length);
  if (!message.includes(robot)) message = `${robot}: ${message}`;
  return error instanceof KortexError ? { ok: false, error: message, code: error.code } : { ok: false, error: message };
}

/** Registers POST /kortex-session/test on the admin API. Call once from the kortex-session runtime. */
export function registerTestConnectionEndpoint(RED: TestConnectionRED): void {
  const t = translator({ _: RED._ ?? (() => '') } as Parameters<typeof translator>[0]);
  const lookupTls = tlsConfigLookup(RED.nodes);
  const lookupDeployed: DeployedSessionLookup = (id) => {
    let found: Record<string, unknown> | undefined;
    try {
      RED.nodes.eachNode((def) => {
        if (def.id === id) found = def as Record<string, unknown>;
      });
    } catch {
      found = undefined;
    }
    if (found?.type !== SESSION_CONFIG_TYPE) {
      throw new TestConnectionInputError(
        `"${id.slice(0, 64)}" is not a deployed kortex-session node, so no stored password can be used: type the robot password`,
      );
    }
    const props: SessionConfigProps = {};
    for (const name of PROP_NAMES) {
      const value = found[name];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        (props as Record<string, unknown>)[name] = value;
    }
    const credentials: SessionCredentials = {};
    try {
      const creds = RED.nodes.getCredentials(id) as Record<string, unknown> | undefined | null;
      for (const name of ['password', 'brokerUsername', 'brokerPassword'] as const) {
        const value = creds?.[name];
        if (typeof value === 'string' && value) credentials[name] = value;
      }
    } catch {
      // no stored credentials
    }
    return { props, credentials };
  };
  RED.httpAdmin.post(TEST_CONNECTION_PATH, RED.auth.needsPermission(TEST_CONNECTION_PERMISSION), (req, res) => {
    let options: SessionClientOptions;
    try {
      options = parseTestConnectionBody(req.body, lookupDeployed, t, lookupTls);
    } catch (err) {
      const input = err instanceof TestConnectionInputError ? err : undefined;
      res.status(400).json({ ok: false, error: input ? input.message : 'malformed request', ...(input?.code ? { code: input.code } : {}) });
      return;
    }
    testConnection(options)
      .then((result) => res.status(200).json(result))
      .catch((err: Error) => {
        // testConnection never rejects; this only guards against a broken response object.
        RED.log?.warn?.(`kortex-session test connection: ${redact(err.message)}`);
      });
  });
}
