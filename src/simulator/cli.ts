#!/usr/bin/env node
/**
 * `kortex-sim`: starts a simulated Kortex robot. Prints one "listening on …" line to stdout when
 * ready (scripts and tests wait for it), logs sessions to stderr, and exits 0 on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { ErrorCode, SubErrorCode } from '../protocol/errors';
import { MQTT_TLS_PORT, ROBOT_PORTS } from '../protocol/ports';
import {
  BROKER_PASSWORD_ENV,
  BROKER_USER_ENV,
  BrokerAccess,
  INSECURE_WARNING,
  brokerAccessFrom,
  parseBrokerUrl,
} from '../transport/brokerAccess';
import { MAX_FLEET_ROBOTS, RunningFleet, startFleet } from './fleet';
import { Generation, JOB_FAULT_TIMES } from './robot/modelTypes';
import { parseJobList } from './services/base/storedJobs';
import { RunningSimulator, SimulatorTransport, StartSimulatorOptions, startSimulator } from './index';
import type { SessionModel } from './robot/model';
import { STATUS_ENVELOPE_CHOICES } from './services/session/statusBroadcaster';

const USAGE = `Usage: kortex-sim [options]

Starts a simulated Kinova Kortex robot (Session, Base; ProgramRunner on K3).

Options:
  --generation k2|k3              robot generation (default k2)
  --transport tcp|mqtt            tcp serves the Kortex 2 framing (default tcp)
  --host ADDRESS                  tcp: address to listen on (default 127.0.0.1)
  --port N                        tcp: port to listen on (default ${ROBOT_PORTS.tcp}; 0 = any free port)
  --broker URL                    mqtt: broker URL (e.g. mqtt://127.0.0.1:${ROBOT_PORTS.mqtt}; mqtts://host:${MQTT_TLS_PORT} for TLS)
  --tls-ca FILE                   mqtts: CA certificate (PEM) the broker's certificate must chain to
  --tls-cert FILE, --tls-key FILE mqtts: the robot's client certificate and key (PEM), for mutual TLS
  --insecure                      mqtts: do not verify the broker's certificate (says so on stderr)
  --namespace NS                  mqtt: topic namespace (with --robots: the prefix, default "robot")
  --robots N                      a fleet of N independent robots in one process (1 to ${MAX_FLEET_ROBOTS}),
                                  each with its own sessions, users and access control:
                                  tcp on ports P … P+N-1 (P = --port; 0 = N consecutive free ports),
                                  mqtt on one broker under namespaces robot0 … robot<N-1>
  --users FILE                    JSON users file replacing the default users
  --no-session-mode MODE          request without a valid session: error12 (ERROR_PROTOCOL_SERVER/
                                  INVALID_SESSION, the default; "error" is the same), error54
                                  (ERROR_PROTOCOL_SERVER/INVALID_USER_SESSION_ACCESS) or drop (silence)
  --session-limit N               sessions open at once (default 32)
  --bad-credentials-error CODE    ERROR_DEVICE or ERROR_PROTOCOL_SERVER for a failed login (default ERROR_DEVICE)
  --bad-credentials-subcode N     sub-code for a failed login instead of INVALID_PASSWORD/USER_NOT_FOUND
  --close-session-id zero|same    session id in the CloseSession response (default zero)
  --session-limit-mode refuse|evict-oldest
                                  a login beyond the limit is refused, or ends the oldest session (default refuse)
  --status-envelope raw-frame|bare|off
                                  mqtt: envelope of sessions/status and sessions/killed (default raw-frame)
  --killed-payload handle|list    mqtt: sessions/killed holds a SessionStatusHandle or a list (default handle)
  --jobs "Name:ms,Name:ms"        the robot's stored jobs and how long each runs (K2 Base actions, K3 programs;
                                  default "Home:1000,Pick part:3000,Place part:3000")
  --fault at-start|mid-job        the first job started faults at its start or halfway (arm IN_FAULT until ClearFaults)
  --busy-start abort-previous|refuse
                                  a start while a job runs aborts that job, or is refused (default abort-previous)
  --job-on-session-end continue|abort
                                  a job whose session ends keeps running or aborts (default continue)
  --stop-when-idle error|ok       K3: ProgramRunner Stop with nothing running answers ERROR_DEVICE or succeeds (default error)
  --k3-status-lag MS              K3: GetStatus shows an ended program RUNNING for MS after its end event (default 0)
  --k3-ready-arm-state ARMSTATE_SERVOING_READY|ARMSTATE_ARM_OPERATIONAL
                                  K3: the arm state of a healthy arm (default ARMSTATE_SERVOING_READY)
  -h, --help                      print this help

Default users: admin/admin, operator/operator, system/system.
The broker's own login (not a robot user) comes from ${BROKER_USER_ENV} and ${BROKER_PASSWORD_ENV}.

Examples:
  kortex-sim --generation k3 --port ${ROBOT_PORTS.tcp}
  kortex-sim --robots 100 --port 20000              # 100 Kortex 2 robots on ports 20000-20099
  kortex-sim --generation k3 --robots 30 --broker mqtt://127.0.0.1:${ROBOT_PORTS.mqtt}`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export interface CliResult {
  /** Exit code to use when nothing keeps running (help, bad arguments, start failure). */
  exitCode: number;
  /** Set when one simulated robot runs; the caller closes it. */
  simulator?: RunningSimulator;
  /** Set when a fleet (--robots N) runs; the caller closes it. */
  fleet?: RunningFleet;
}

/** What the CLI parsed: the simulator options, plus the fleet size when --robots was given. */
export type CliOptions = StartSimulatorOptions & { robots?: number };

class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got '${value}'`);
  return value as T;
}

function integer(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}; got '${value}'`);
  return n;
}

/** `--no-session-mode`: the robot's answer to a call from a session it does not know (docs/protocol.md, "What real robots may do differently", #2). */
function noSessionMode(
  mode: 'error' | 'error12' | 'error54' | 'drop' | undefined,
): Pick<StartSimulatorOptions, 'noSessionMode' | 'noSessionErrorSubCode'> {
  if (mode === undefined) return {};
  if (mode === 'drop') return { noSessionMode: 'drop' };
  return {
    noSessionMode: 'error',
    noSessionErrorSubCode: mode === 'error54' ? SubErrorCode.INVALID_USER_SESSION_ACCESS : SubErrorCode.INVALID_SESSION,
  };
}

/** TLS files and the broker's login for --broker; TLS flags without a broker are a usage error. */
function parseBrokerAccess(v: {
  broker?: string;
  'tls-ca'?: string;
  'tls-cert'?: string;
  'tls-key'?: string;
  insecure?: boolean;
}): BrokerAccess | undefined {
  const flags = { tlsCa: v['tls-ca'], tlsCert: v['tls-cert'], tlsKey: v['tls-key'], insecure: v.insecure };
  try {
    if (v.broker === undefined) {
      if (Object.values(flags).some((f) => f !== undefined))
        throw new Error('--tls-ca, --tls-cert, --tls-key and --insecure need --broker mqtts://host:port');
      return undefined;
    }
    return brokerAccessFrom(parseBrokerUrl(v.broker), flags);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** The robot's jobs and their variants (docs/protocol.md, "What real robots may do differently"). */
function jobOptions(v: Record<string, string | boolean | undefined>): Partial<StartSimulatorOptions> {
  const text = (flag: string): string | undefined => (typeof v[flag] === 'string' ? v[flag] : undefined);
  let jobs;
  try {
    jobs = text('jobs') === undefined ? undefined : parseJobList(text('jobs') ?? '');
  } catch (err) {
    throw new UsageError(`--jobs: ${(err as Error).message}`);
  }
  const options: Partial<StartSimulatorOptions> = {
    jobs,
    fault: oneOf(text('fault'), JOB_FAULT_TIMES, '--fault'),
    busyStart: oneOf(text('busy-start'), ['abort-previous', 'refuse'] as const, '--busy-start'),
    jobOnSessionEnd: oneOf(text('job-on-session-end'), ['continue', 'abort'] as const, '--job-on-session-end'),
    stopWhenIdle: oneOf(text('stop-when-idle'), ['error', 'ok'] as const, '--stop-when-idle'),
    k3StatusLagMs: integer(text('k3-status-lag'), '--k3-status-lag', 0, 60_000),
    k3ReadyArmState: oneOf(
      text('k3-ready-arm-state'),
      ['ARMSTATE_SERVOING_READY', 'ARMSTATE_ARM_OPERATIONAL'] as const,
      '--k3-ready-arm-state',
    ),
  };
  // Unset flags stay out, so the robot's defaults apply.
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** Parses the command line into simulator options; `undefined` means "print help". */
export function parseCliOptions(argv: string[]): CliOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        generation: { type: 'string' },
        transport: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        broker: { type: 'string' },
        'tls-ca': { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        insecure: { type: 'boolean' },
        namespace: { type: 'string' },
        robots: { type: 'string' },
        users: { type: 'string' },
        'no-session-mode': { type: 'string' },
        'session-limit': { type: 'string' },
        'bad-credentials-error': { type: 'string' },
        'bad-credentials-subcode': { type: 'string' },
        'close-session-id': { type: 'string' },
        'session-limit-mode': { type: 'string' },
        'status-envelope': { type: 'string' },
        'killed-payload': { type: 'string' },
        jobs: { type: 'string' },
        fault: { type: 'string' },
        'busy-start': { type: 'string' },
        'job-on-session-end': { type: 'string' },
        'stop-when-idle': { type: 'string' },
        'k3-status-lag': { type: 'string' },
        'k3-ready-arm-state': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  if (v.help) return undefined;
  const robots = integer(v.robots, '--robots', 1, MAX_FLEET_ROBOTS);
  const brokerAccess = parseBrokerAccess(v);
  const badCredentials = oneOf(v['bad-credentials-error'], ['ERROR_DEVICE', 'ERROR_PROTOCOL_SERVER'] as const, '--bad-credentials-error');
  return {
    generation: oneOf<Generation>(v.generation, ['k2', 'k3'], '--generation') ?? 'k2',
    // --broker alone means the robot speaks MQTT (a broker is only used by the K3 transport).
    transport: oneOf<SimulatorTransport>(v.transport, ['tcp', 'mqtt'], '--transport') ?? (v.broker ? 'mqtt' : 'tcp'),
    host: v.host ?? '127.0.0.1',
    port: integer(v.port, '--port', 0, 65535),
    broker: v.broker,
    ...(brokerAccess ? { brokerAccess } : {}),
    namespace: v.namespace,
    usersFile: v.users,
    ...noSessionMode(oneOf(v['no-session-mode'], ['error', 'error12', 'error54', 'drop'] as const, '--no-session-mode')),
    maxSessions: integer(v['session-limit'], '--session-limit', 1, 65535),
    badCredentialsErrorCode: badCredentials === undefined ? undefined : ErrorCode[badCredentials],
    badCredentialsSubCode: integer(v['bad-credentials-subcode'], '--bad-credentials-subcode', 1, 0xffff),
    closeSessionResponseSessionId: oneOf(v['close-session-id'], ['zero', 'same'] as const, '--close-session-id'),
    sessionLimitMode: oneOf(v['session-limit-mode'], ['refuse', 'evict-oldest'] as const, '--session-limit-mode'),
    statusBroadcasts: {
      envelope: oneOf(v['status-envelope'], STATUS_ENVELOPE_CHOICES, '--status-envelope'),
      killedForm: oneOf(v['killed-payload'], ['handle', 'list'] as const, '--killed-payload'),
    },
    ...jobOptions(v),
    ...(robots === undefined ? {} : { robots }),
  };
}

/** Runs the CLI without touching process state (exit, signals): the bin wrapper below does that. */
export async function main(argv: string[], io: CliIo = processIo): Promise<CliResult> {
  let options: CliOptions | undefined;
  try {
    options = parseCliOptions(argv);
  } catch (err) {
    io.err(`kortex-sim: ${(err as Error).message}`);
    io.err('Try kortex-sim --help');
    return { exitCode: 2 };
  }
  if (!options) {
    io.out(USAGE);
    return { exitCode: 0 };
  }
  if (options.brokerAccess?.tls?.rejectUnauthorized === false) io.err(`kortex-sim: ${INSECURE_WARNING}`);
  if (options.robots !== undefined) return runFleet({ ...options, robots: options.robots }, io);
  let simulator: RunningSimulator;
  try {
    simulator = await startSimulator(options);
  } catch (err) {
    io.err(`kortex-sim: ${(err as Error).message}`);
    return { exitCode: 1 };
  }
  const { model } = simulator;
  logSessions(model, '', io);
  io.out(`listening on ${simulator.endpoint} (${model.generation})`);
  return { exitCode: 0, simulator };
}

async function runFleet(options: CliOptions & { robots: number }, io: CliIo): Promise<CliResult> {
  let fleet: RunningFleet;
  try {
    fleet = await startFleet(options);
  } catch (err) {
    io.err(`kortex-sim: ${(err as Error).message}`);
    return { exitCode: 1 };
  }
  for (const robot of fleet.robots) logSessions(robot.simulator.model, `${robot.name}: `, io);
  // One line once every robot is up: scripts wait for it as for a single robot.
  io.out(`listening on ${fleet.endpoint} (${options.generation}, ${fleet.robots.length} robots)`);
  return { exitCode: 0, fleet };
}

/** Session lines carry user names and ids only, never a password. */
function logSessions(model: SessionModel, prefix: string, io: CliIo): void {
  model.on('session-opened', (s) => io.err(`${prefix}session ${s.sessionId} opened for ${s.username} from ${s.connectionInformation}`));
  model.on('session-closed', (s, reason) => io.err(`${prefix}session ${s.sessionId} of ${s.username} closed (${reason})`));
}

/**
 * The bin: run, then close cleanly on SIGINT/SIGTERM and exit 0. The handlers are in place before
 * anything starts, so a signal that comes while a fleet is still starting stops it too.
 */
async function runAsBin(): Promise<void> {
  /** What runs once start-up is over; a signal before then is answered when it is set. */
  const started: { running?: { close(): Promise<void> } } = {};
  let stopping = false;
  const shutDown = (target: { close(): Promise<void> }): void => {
    target.close().then(
      () => process.exit(0),
      (err: unknown) => {
        processIo.err(`kortex-sim: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.exit(1); // a second signal: the user insists
    }
    stopping = true;
    processIo.err(`${signal}: shutting down`);
    if (started.running) shutDown(started.running); // else: shut down as soon as start-up ends (below)
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const { exitCode, simulator, fleet } = await main(process.argv.slice(2));
  const running = simulator ?? fleet;
  started.running = running;
  if (!running) {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    process.exitCode = stopping ? 0 : exitCode;
    return;
  }
  if (stopping) shutDown(running);
}

if (require.main === module) {
  runAsBin().catch((err: unknown) => {
    process.stderr.write(`kortex-sim: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
