/**
 * A fleet of simulated robots in one process: N independent robots, each with its own SessionModel
 * (users, sessions, access control), served on ports P … P+N-1 (TCP) or on one broker under the
 * namespaces <prefix>0 … <prefix>N-1 (MQTT). Integrators point one Node-RED at a whole plant.
 *
 * Over MQTT the robots share one broker, but a robot's PINGs and PONGs travel on `ping/<sessionId>`
 * and `pong/<sessionId>` without a namespace (docs/protocol.md). Robots that handed out the same
 * session id would answer each other's PONGs, so each robot gets its own block of session ids.
 * Likewise the session broadcasts (`sessions/status`, `sessions/killed`) carry no namespace
 * (docs/session-status.md): from several robots on one broker every client would hear every
 * robot's list, so a fleet of more than one robot on one broker does not broadcast (clients poll).
 */
import { ROBOT_PORTS } from '../protocol/ports';
import { freePort } from '../util/freePort';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from './index';
import { loadUsersFile } from './robot/users';

/** Largest fleet one process serves. */
export const MAX_FLEET_ROBOTS = 1000;
const DEFAULT_FLEET_NAMESPACE_PREFIX = 'robot';

export interface StartFleetOptions extends StartSimulatorOptions {
  /** How many robots (1 … 1000). */
  robots: number;
  /**
   * TCP: first port; robot k listens on port + k. Default 10000; 0 looks for N consecutive free ports.
   * MQTT: ignored (the broker URL says where to connect).
   */
  port?: number;
  /** MQTT: namespace prefix; robot k serves `<prefix><k>`. Default "robot". */
  namespace?: string;
}

export interface FleetRobot {
  /** 0 … N-1 */
  readonly index: number;
  /** "robot7": the MQTT namespace, or the same name for a TCP robot (logs). */
  readonly name: string;
  readonly simulator: RunningSimulator;
}

export interface RunningFleet {
  readonly robots: readonly FleetRobot[];
  readonly transport: 'tcp' | 'mqtt';
  /** One line for all: "tcp://127.0.0.1:20000-20099" or "mqtt://127.0.0.1:1883/robot0..robot99". */
  readonly endpoint: string;
  /** TCP: the first robot's port (the others follow it). */
  readonly firstPort?: number;
  /** Stops every robot. Safe to call twice. */
  close(): Promise<void>;
}

/** Consecutive-port searches before giving up when no first port is given. */
const PORT_BLOCK_ATTEMPTS = 20;

export async function startFleet(options: StartFleetOptions): Promise<RunningFleet> {
  const count = options.robots;
  if (!Number.isInteger(count) || count < 1 || count > MAX_FLEET_ROBOTS) {
    throw new Error(`robots must be an integer from 1 to ${MAX_FLEET_ROBOTS}, got ${count}`);
  }
  const transport = options.transport ?? 'tcp';
  // Read the users file once; every robot still gets its own user directory from it.
  const users = options.usersFile ? loadUsersFile(options.usersFile) : options.users;
  const base: StartSimulatorOptions = { ...options, users, usersFile: undefined };
  if (transport === 'mqtt') return startMqttFleet(base, count);
  const firstPort = options.port ?? ROBOT_PORTS.tcp;
  if (firstPort !== 0) return startTcpFleet(base, count, firstPort);
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < PORT_BLOCK_ATTEMPTS; attempt++) {
    const first = await freePortBlockCandidate(options.host ?? '127.0.0.1', count);
    try {
      return await startTcpFleet(base, count, first);
    } catch (err) {
      // Someone took a port of the block between the probe and the bind: try another block.
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
      lastError = err as Error;
    }
  }
  throw new Error(`found no ${count} consecutive free ports after ${PORT_BLOCK_ATTEMPTS} tries (${lastError?.message ?? 'unknown'})`);
}

async function startTcpFleet(options: StartSimulatorOptions, count: number, firstPort: number): Promise<RunningFleet> {
  if (firstPort + count - 1 > 65535) throw new Error(`ports ${firstPort}…${firstPort + count - 1} go past 65535: choose a lower --port`);
  const robots = await startAll(
    count,
    (k) => startSimulator({ ...options, transport: 'tcp', port: firstPort + k }),
    (k) => `${DEFAULT_FLEET_NAMESPACE_PREFIX}${k}`,
  );
  const host = options.host ?? '127.0.0.1';
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return fleet(robots, 'tcp', `tcp://${shownHost}:${count === 1 ? firstPort : `${firstPort}-${firstPort + count - 1}`}`, firstPort);
}

async function startMqttFleet(options: StartSimulatorOptions, count: number): Promise<RunningFleet> {
  const prefix = options.namespace ?? DEFAULT_FLEET_NAMESPACE_PREFIX;
  const envelope = options.statusBroadcasts?.envelope;
  if (count > 1 && envelope !== undefined && envelope !== 'off') {
    throw new Error(
      `status broadcasts (envelope ${envelope}) cannot be told apart between ${count} robots on one broker: ` +
        'sessions/status and sessions/killed carry no namespace; leave --status-envelope out (a fleet does not broadcast)',
    );
  }
  const statusBroadcasts = { ...options.statusBroadcasts, envelope: count > 1 ? ('off' as const) : envelope };
  // Disjoint session-id blocks (see the file comment): robot k starts at 1 + k × block.
  const block = Math.floor(0xffff / count);
  const firstOffset = (options.firstSessionId ?? 1) - 1;
  if (firstOffset >= block) throw new Error(`firstSessionId must be below ${block + 1} for ${count} robots on one broker`);
  const robots = await startAll(
    count,
    (k) =>
      startSimulator({
        ...options,
        transport: 'mqtt',
        namespace: `${prefix}${k}`,
        statusBroadcasts,
        firstSessionId: 1 + k * block + firstOffset,
      }),
    (k) => `${prefix}${k}`,
  );
  const first = robots[0].simulator.endpoint;
  return fleet(robots, 'mqtt', count === 1 ? first : `${first}..${prefix}${count - 1}`);
}

/** Starts every robot; if one fails, stops those already started and rejects with its error. */
async function startAll(
  count: number,
  start: (k: number) => Promise<RunningSimulator>,
  name: (k: number) => string,
): Promise<FleetRobot[]> {
  const results = await Promise.allSettled(Array.from({ length: count }, (_, k) => start(k)));
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.findIndex((r) => r.status === 'rejected');
  if (failed >= 0) {
    await Promise.all(started.map((s) => s.close()));
    const reason = (results[failed] as PromiseRejectedResult).reason as Error;
    const err = new Error(`robot ${failed} of ${count} did not start: ${reason?.message ?? String(reason)}`) as NodeJS.ErrnoException;
    err.code = (reason as NodeJS.ErrnoException)?.code;
    throw err;
  }
  return started.map((simulator, index) => ({ index, name: name(index), simulator }));
}

function fleet(robots: FleetRobot[], transport: 'tcp' | 'mqtt', endpoint: string, firstPort?: number): RunningFleet {
  let closing: Promise<void> | undefined;
  return {
    robots,
    transport,
    endpoint,
    firstPort,
    close() {
      closing ??= Promise.all(robots.map((r) => r.simulator.close())).then(() => undefined);
      return closing;
    },
  };
}

/**
 * A first port whose block of `count` ports looked free a moment ago: an ephemeral port from the OS
 * as the start, moved down if the block would pass 65535. Binding may still fail (a race); the
 * caller retries.
 */
async function freePortBlockCandidate(host: string, count: number): Promise<number> {
  return Math.min(await freePort(host), 65535 - count + 1);
}
