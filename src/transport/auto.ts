/**
 * Transport 'auto': is the robot a Kortex 3 one (MQTT v5 broker on 1883) or a Kortex 2 one (TCP on
 * 10000)? Both are probed at once; an MQTT v5 broker wins, because a Link 6 may also expose TCP
 * through its bridge (docs/protocol.md, "What real robots may do differently"). The answer is remembered per host (and probe ports) until
 * forgotten. Plain sockets only: MQTT.js is not loaded for the probe.
 */
import net from 'node:net';
import { ROBOT_PORTS } from '../protocol/ports';
import { describeSocketError } from './tcp';
import type { TransportKind } from './types';

export interface DetectTransportOptions {
  /** Bound for both probes (they run in parallel). Default 3000 ms. */
  timeoutMs?: number;
  /** Port of the K3 MQTT probe. Default 1883. */
  mqttPort?: number;
  /** Port of the K2 TCP probe. Default 10000. */
  tcpPort?: number;
  /** Probe again even if an answer is cached. */
  refresh?: boolean;
}

const DEFAULT_TIMEOUT_MS = 3000;

const cache = new Map<string, TransportKind>();
const inFlight = new Map<string, Promise<TransportKind>>();

function cacheKey(host: string, mqttPort: number, tcpPort: number): string {
  return `${host.toLowerCase()}|${mqttPort}|${tcpPort}`;
}

/** The remembered answer for this host and probe ports, if any. */
export function cachedTransport(
  host: string,
  options: Pick<DetectTransportOptions, 'mqttPort' | 'tcpPort'> = {},
): TransportKind | undefined {
  return cache.get(cacheKey(host, options.mqttPort ?? ROBOT_PORTS.mqtt, options.tcpPort ?? ROBOT_PORTS.tcp));
}

/** Forgets what was detected for `host` (every probe port), or for every host when called without one. */
export function forgetDetectedTransport(host?: string): void {
  if (host === undefined) {
    cache.clear();
    return;
  }
  const prefix = `${host.toLowerCase()}|`;
  for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
}

/**
 * Resolves 'mqtt' when an MQTT v5 broker answers a CONNECT on `mqttPort`, else 'tcp' when a TCP
 * connect to `tcpPort` succeeds; rejects when neither does within `timeoutMs`.
 */
export function detectTransport(host: string, options: DetectTransportOptions = {}): Promise<TransportKind> {
  const mqttPort = options.mqttPort ?? ROBOT_PORTS.mqtt;
  const tcpPort = options.tcpPort ?? ROBOT_PORTS.tcp;
  const key = cacheKey(host, mqttPort, tcpPort);
  if (!options.refresh) {
    const known = cache.get(key);
    if (known) return Promise.resolve(known);
  }
  const running = inFlight.get(key);
  if (running) return running;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const probe = (async (): Promise<TransportKind> => {
    const mqtt = probeMqttV5(host, mqttPort, timeoutMs);
    const tcp = probeTcp(host, tcpPort, timeoutMs);
    const m = await mqtt;
    if (m === true) return 'mqtt';
    const t = await tcp;
    if (t === true) return 'tcp';
    throw new Error(
      `no Kortex robot answered at ${host}: Kortex 3 (MQTT on port ${mqttPort}): ${m.message}; Kortex 2 (TCP on port ${tcpPort}): ${t.message}`,
    );
  })();
  inFlight.set(key, probe);
  return probe.then(
    (kind) => {
      inFlight.delete(key);
      cache.set(key, kind);
      return kind;
    },
    (err: unknown) => {
      inFlight.delete(key);
      throw err;
    },
  );
}

/** MQTT v5 CONNECT: clean start, keep-alive 60 s, no properties, empty client id. */
const MQTT5_CONNECT = Buffer.from([0x10, 0x0d, 0x00, 0x04, 0x4d, 0x51, 0x54, 0x54, 0x05, 0x02, 0x00, 0x3c, 0x00, 0x00, 0x00]);
/** MQTT v5 DISCONNECT, normal disconnection. */
const MQTT5_DISCONNECT = Buffer.from([0xe0, 0x00]);

/** true when an MQTT v5 broker answered with a CONNACK; otherwise why not. Never rejects. */
function probeMqttV5(host: string, port: number, timeoutMs: number): Promise<true | Error> {
  const endpoint = `${host}:${port}`;
  return withSocket(host, port, timeoutMs, (socket, settle) => {
    let received = Buffer.alloc(0);
    socket.once('connect', () => socket.write(MQTT5_CONNECT));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received[0] !== 0x20) {
        settle(new Error(`${endpoint} is not an MQTT broker`));
        return;
      }
      if (received.length < 4) return; // 0x20, remaining length (< 128 for a CONNACK), flags, reason code
      const reason = received[3];
      // 0x01 (MQTT 3.1.1 "unacceptable protocol version") and 0x84 (v5 "unsupported protocol version").
      if (reason === 0x01 || reason === 0x84) {
        settle(new Error(`the MQTT broker at ${endpoint} does not speak MQTT v5`));
        return;
      }
      if (reason === 0) socket.write(MQTT5_DISCONNECT);
      settle(true);
    });
  });
}

/** true when a TCP connection opened; otherwise why not. Never rejects. */
function probeTcp(host: string, port: number, timeoutMs: number): Promise<true | Error> {
  return withSocket(host, port, timeoutMs, (socket, settle) => {
    socket.once('connect', () => settle(true));
  });
}

function withSocket(
  host: string,
  port: number,
  timeoutMs: number,
  setup: (socket: net.Socket, settle: (result: true | Error) => void) => void,
): Promise<true | Error> {
  const endpoint = `${host}:${port}`;
  return new Promise<true | Error>((resolve) => {
    const socket = net.connect({ host, port });
    let settled = false;
    const settle = (result: true | Error): void => {
      if (settled) return;
      // Stryker disable next-line BooleanLiteral: equivalent, a later settle() only destroys a socket that is done
      settled = true;
      clearTimeout(timer);
      if (result === true) {
        // Let the goodbye (DISCONNECT, FIN) out, then make sure the socket is gone.
        const killer = setTimeout(() => socket.destroy(), 200);
        killer.unref();
        // Stryker disable next-line StringLiteral,ArrowFunction,CallExpression: equivalent, the unref'd killer then destroys a closed socket
        socket.once('close', () => clearTimeout(killer));
        socket.end();
      } else {
        socket.destroy();
      }
      resolve(result);
    };
    const timer = setTimeout(() => settle(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.on('error', (err) => settle(describeSocketError(err, endpoint)));
    socket.on('close', () => settle(new Error(`${endpoint} closed the connection`)));
    setup(socket, settle);
  });
}
