/**
 * "Test connection" for the kortex-session config dialog: an admin HTTP endpoint that opens one
 * session with the settings as typed (password included, even before deploy), reports the result
 * and closes it again. It never uses the shared pool, never echoes the password and never logs it.
 *
 *   POST <httpAdminRoot>/kortex-session/test        (needs the "kortex-session.write" permission)
 *   body: { host, port, transport, namespace, username, password?, id?,
 *           connectTimeout?, requestTimeout? }        (timeouts in seconds, as in the dialog)
 *   200:  { ok: true,  robot, transport, generation?, sessionId, durationMs }
 *   200:  { ok: false, error, code? }                  (error is e.g. "ERROR_DEVICE/INVALID_PASSWORD …")
 *   400:  { ok: false, error }                         (the request itself is malformed)
 *
 * When `password` is absent (or the editor's "__PWRD__" placeholder) and `id` names a deployed
 * kortex-session node, that node's stored credential is used.
 */
import { KortexError, KortexSessionClient, SessionClientOptions, SessionStateEvent, redact, registerSecret } from '../../src/client';
import { createTransport } from '../../src/transport';
import type { TransportKind } from '../../src/transport/types';

/** The parts of the Node-RED runtime API this module uses. */
export interface TestConnectionRED {
  httpAdmin: {
    post(path: string, ...handlers: Array<(req: HttpRequest, res: HttpResponse, next?: (err?: unknown) => void) => void>): unknown;
  };
  auth: { needsPermission(permission: string): (req: HttpRequest, res: HttpResponse, next?: (err?: unknown) => void) => void };
  nodes: { getCredentials(id: string): Record<string, unknown> | undefined | null };
  log?: { debug?(msg: string): void; warn?(msg: string): void };
}

export interface HttpRequest {
  body?: unknown;
}

export interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): unknown;
}

export const TEST_CONNECTION_PATH = '/kortex-session/test';
export const TEST_CONNECTION_PERMISSION = 'kortex-session.write';

/** Node-RED puts this in a password field whose stored value the editor does not know. */
const PASSWORD_PLACEHOLDER = '__PWRD__';

export interface TestConnectionSettings {
  host: string;
  port?: number;
  /** 'auto' tries K2 TCP first, then K3 MQTT. */
  transport: TransportKind | 'auto';
  namespace?: string;
  username: string;
  password: string;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export type TestConnectionResult =
  | { ok: true; robot: string; transport: TransportKind; generation?: 'k2' | 'k3'; sessionId: number; durationMs: number }
  | { ok: false; error: string; code?: string };

export class TestConnectionInputError extends Error {}

const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;

/** Checks and normalises an endpoint body; throws TestConnectionInputError on a malformed one. */
export function parseTestConnectionBody(body: unknown, lookupPassword: (id: string) => string | undefined): TestConnectionSettings {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new TestConnectionInputError('expected a JSON object');
  const b = body as Record<string, unknown>;
  const host = typeof b.host === 'string' ? b.host.trim() : '';
  if (!host) throw new TestConnectionInputError('robot address (host) is required');
  const transport = b.transport === undefined || b.transport === '' ? 'auto' : b.transport;
  if (transport !== 'auto' && transport !== 'tcp' && transport !== 'mqtt') {
    throw new TestConnectionInputError('transport must be auto, tcp or mqtt');
  }
  let port: number | undefined;
  if (b.port !== undefined && b.port !== null && b.port !== '') {
    port = Number(b.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new TestConnectionInputError('port must be an integer from 1 to 65535');
  }
  const username = typeof b.username === 'string' ? b.username : '';
  if (!username) throw new TestConnectionInputError('user name is required');
  const namespace = typeof b.namespace === 'string' && b.namespace.trim() ? b.namespace.trim() : undefined;
  let password = typeof b.password === 'string' && b.password !== PASSWORD_PLACEHOLDER ? b.password : undefined;
  if (password === undefined && typeof b.id === 'string' && b.id) password = lookupPassword(b.id);
  if (password === undefined) throw new TestConnectionInputError('password is required (type it, or deploy the configuration first)');
  return {
    host, port, transport, namespace, username, password,
    connectTimeoutMs: seconds(b.connectTimeout, 'connectTimeout'),
    requestTimeoutMs: seconds(b.requestTimeout, 'requestTimeout'),
  };
}

function seconds(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 600) throw new TestConnectionInputError(`${name} must be a number of seconds from 0 to 600`);
  return Math.round(n * 1000);
}

/**
 * Opens one session with these settings, waits for it to be open or to fail (within the connect
 * plus request timeout), finds out the robot's generation where it can, and closes the session.
 * Never rejects.
 */
export async function testConnection(settings: TestConnectionSettings, extra: Partial<SessionClientOptions> = {}): Promise<TestConnectionResult> {
  const unregister = registerSecret(settings.password);
  try {
    const kinds: TransportKind[] = settings.transport === 'auto' ? ['tcp', 'mqtt'] : [settings.transport];
    let first: TestConnectionResult | undefined;
    for (const kind of kinds) {
      // With 'auto', a port typed by the user belongs to the transport whose default it resembles.
      const port = settings.transport === 'auto' && settings.port !== undefined ? portFor(kind, settings.port) : settings.port;
      if (settings.transport === 'auto' && settings.port !== undefined && port === undefined) continue;
      const result = await tryOnce({ ...settings, transport: kind, port }, extra);
      // A robot that answered (even with an error) is the answer; an unreachable one lets 'auto' go on.
      if (result.ok || !isUnreachable(result.code)) return result;
      first ??= result;
    }
    return first ?? { ok: false, error: 'no transport matches this port' };
  } catch (err) {
    return { ok: false, error: redact((err as Error).message ?? String(err)) };
  } finally {
    unregister();
  }
}

function portFor(kind: TransportKind, port: number): number | undefined {
  // 'auto' with an explicit port: 1883/8883 speak MQTT, anything else is tried over TCP first.
  const mqttLike = port === 1883 || port === 8883;
  if (kind === 'mqtt') return mqttLike ? port : undefined;
  return mqttLike ? undefined : port;
}

function isUnreachable(code: string | undefined): boolean {
  return code === 'DISCONNECTED' || code === 'NOT_CONNECTED' || code === 'TIMEOUT' || code === 'UNAVAILABLE';
}

async function tryOnce(settings: TestConnectionSettings & { transport: TransportKind }, extra: Partial<SessionClientOptions>): Promise<TestConnectionResult> {
  const connectTimeoutMs = settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const requestTimeoutMs = settings.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  let client: KortexSessionClient;
  try {
    // Built here, not inside the client, so that an unavailable transport is a clear answer.
    const transport = extra.transportFactory
      ? undefined
      : createTransport({ kind: settings.transport, host: settings.host, port: settings.port, namespace: settings.namespace });
    client = new KortexSessionClient({
      ...(transport ? { transportFactory: () => transport } : {}),
      ...extra,
      host: settings.host,
      port: settings.port,
      transport: settings.transport,
      namespace: settings.namespace,
      username: settings.username,
      password: settings.password,
      connectTimeoutMs,
      requestTimeoutMs,
      // One attempt only: the first failure is the answer.
      reconnectInitialDelayMs: 60_000,
      reconnectMaxDelayMs: 60_000,
      keepAliveIntervalMs: 0,
    });
  } catch (err) {
    // e.g. the transport is not available in this build.
    return { ok: false, error: redact((err as Error).message), code: 'UNAVAILABLE' };
  }
  const started = Date.now();
  try {
    const outcome = await new Promise<SessionStateEvent | 'timeout'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), connectTimeoutMs + requestTimeoutMs + 500);
      client.on('state', (event) => {
        if (event.state === 'open' || event.state === 'reconnecting' || event.state === 'closed') {
          clearTimeout(timer);
          resolve(event);
        }
      });
      client.on('problem', () => undefined);
      try {
        client.start();
      } catch (err) {
        clearTimeout(timer);
        resolve({ state: 'reconnecting', previous: 'idle', robot: client.robot, sessionId: 0, error: err as Error });
      }
    });
    if (outcome === 'timeout') {
      return { ok: false, error: `${client.robot}: no session within ${connectTimeoutMs + requestTimeoutMs} ms`, code: 'TIMEOUT' };
    }
    if (outcome.state !== 'open') {
      const error = outcome.error ?? new Error('the session could not be opened');
      return describeFailure(error, client.robot);
    }
    const sessionId = client.sessionId;
    const generation = settings.transport === 'mqtt' ? 'k3' : await probeGeneration(client, requestTimeoutMs);
    return {
      ok: true,
      robot: client.robot,
      transport: settings.transport,
      ...(generation ? { generation } : {}),
      sessionId,
      durationMs: Date.now() - started,
    };
  } finally {
    await client.close();
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
  const message = redact(error.message);
  if (error instanceof KortexError) {
    const where = message.includes(robot) ? '' : `${robot}: `;
    return { ok: false, error: `${where}${message}`, code: error.code };
  }
  return { ok: false, error: `${robot}: ${message}` };
}

/** Registers POST /kortex-session/test on the admin API. Call once from the kortex-session runtime. */
export function registerTestConnectionEndpoint(RED: TestConnectionRED, extra: Partial<SessionClientOptions> = {}): void {
  const lookupPassword = (id: string): string | undefined => {
    try {
      const creds = RED.nodes.getCredentials(id);
      return creds && typeof creds.password === 'string' && creds.password ? creds.password : undefined;
    } catch {
      return undefined;
    }
  };
  RED.httpAdmin.post(TEST_CONNECTION_PATH, RED.auth.needsPermission(TEST_CONNECTION_PERMISSION), (req, res) => {
    let settings: TestConnectionSettings;
    try {
      settings = parseTestConnectionBody(req.body, lookupPassword);
    } catch (err) {
      const message = err instanceof TestConnectionInputError ? err.message : 'malformed request';
      res.status(400).json({ ok: false, error: message });
      return;
    }
    testConnection(settings, extra)
      .then((result) => {
        res.status(200).json(result);
      })
      .catch((err: Error) => {
        // testConnection never rejects; this only guards against a broken response object.
        RED.log?.warn?.(`kortex-session test connection: ${redact(err.message)}`);
      });
  });
}
