#!/usr/bin/env node
/**
 * `kortex`: the package's client on the command line, one sub-command per Session RPC. Prints the
 * reply as canonical JSON; on failure prints the Kortex error name and exits non-zero.
 */
import { parseArgs } from 'node:util';
import { KortexError } from '../client/core/errors';
import { redact, registerSecret } from '../client/core/redact';
import { KortexSessionClient } from '../client/session/client';
import { DEFAULT_SESSION_OPTIONS, MQTT_TLS_PORT, ROBOT_PORTS, SessionClientOptions } from '../client/session/options';
import {
  BROKER_PASSWORD_ENV,
  BROKER_USER_ENV,
  BrokerAccess,
  INSECURE_WARNING,
  brokerAccessFrom,
  parseBrokerUrl,
} from '../transport/brokerAccess';
import { WATCH_INTERVAL_S, watchIntervalMs as parseWatchInterval } from '../client/watch/watchInterval';
import { RUN_EXIT, WORK_COMMANDS, runJob } from './jobs';
import { runWatch } from './watch';

const USAGE = `Usage: kortex <command> [options]

Commands (each opens a session, runs one Session RPC, closes the session):
  create-session              log in and print the session id
  close-session               log in, then close the session explicitly
  keep-alive                  send KeepAlive
  connections                 GetConnections: who is connected
  add-temporary-role          AddTemporaryUserRole (--role NAME; role password from
                              KORTEX_ROLE_PASSWORD or a prompt)
  remove-temporary-role       RemoveTemporaryUserRole
  access-control get          GetAccessControl
  access-control set          SetAccessControl (--single-source-control true|false
                              --bypass-remote-access true|false), then reads it back
  watch                       stay logged in and print one JSON line per event (session
                              state, who holds a session, sessions the robot ended,
                              connections appearing or leaving) until Ctrl-C; pushed by
                              Kortex 3 robots, polled every --interval seconds otherwise;
                              also arm state changes and every job's steps ("type" lines)

The robot's work (not a safety function: the e-stop and safety controller stay the safety):
  state                       GetArmState: the arm state
  jobs                        the stored jobs (K2 actions, K3 programs): [{name, handle, kind}]
  run NAME | run --handle N   start a stored job, print one JSON line per job event until it
                              ends; Ctrl-C or SIGTERM stops it on the robot first, unless
                              --no-stop-on-exit
  stop                        Base Stop: stops the arm and the running job
  clear-faults                Base ClearFaults

Options:
  --host H                    robot address (default 127.0.0.1)
  --port P                    default ${ROBOT_PORTS.tcp} (tcp) or ${ROBOT_PORTS.mqtt} (mqtt)
  --generation k2|k3          k2 implies --transport tcp; k3 implies mqtt unless given
  --transport tcp|mqtt|auto
  --namespace NS              Kortex 3 service namespace
  --broker URL                Kortex 3: the robot's broker as a URL instead of --host/--port,
                              mqtt://host[:${ROBOT_PORTS.mqtt}] or, over TLS, mqtts://host[:${MQTT_TLS_PORT}]
  --tls-ca FILE               mqtts: CA certificate (PEM) the broker's certificate must chain to
  --tls-cert FILE             mqtts: client certificate (PEM), for mutual TLS; with --tls-key FILE
  --insecure                  mqtts: do not verify the broker's certificate (says so on stderr)
  --user U                    default admin
  --timeout MS                request timeout (default ${DEFAULT_SESSION_OPTIONS.requestTimeoutMs})
  --interval S                watch: GetConnections period in seconds (default ${WATCH_INTERVAL_S.default})

The password comes from KORTEX_PASSWORD, or a prompt when a terminal is attached; the
broker's own login (Kortex 3, not the robot account) from ${BROKER_USER_ENV} and ${BROKER_PASSWORD_ENV}.
Exit codes: 0 success, 1 robot or connection error, 2 usage error; run: ${RUN_EXIT.aborted} the
robot aborted the job, ${RUN_EXIT.SIGINT} or ${RUN_EXIT.SIGTERM} ended by SIGINT or SIGTERM.`;

class UsageError extends Error {}

async function readSecret(prompt: string, envName: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw new UsageError(`no password: set ${envName} (no terminal to prompt on)`);
  process.stderr.write(prompt);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise<string>((resolve, reject) => {
    let value = '';
    const onData = (chunk: Buffer): void => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          done();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          done();
          reject(new UsageError('cancelled'));
          return;
        }
        value = ch === '\u007f' ? value.slice(0, -1) : value + ch;
      }
    };
    const done = (): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

function parseBool(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new UsageError(`--${name} must be true or false, got "${value}"`);
}

interface BrokerFlags {
  host?: string;
  port?: string;
  broker?: string;
  'tls-ca'?: string;
  'tls-cert'?: string;
  'tls-key'?: string;
  insecure?: boolean;
}

/** --broker: where the broker is (instead of --host/--port) and how to reach it (TLS, the broker's login). */
function brokerOption(
  values: BrokerFlags,
  transport: string | undefined,
): { host: string; port: number; access: BrokerAccess } | undefined {
  const flags = { tlsCa: values['tls-ca'], tlsCert: values['tls-cert'], tlsKey: values['tls-key'], insecure: values.insecure };
  if (values.broker === undefined) {
    if (Object.values(flags).some((f) => f !== undefined))
      throw new UsageError('--tls-ca, --tls-cert, --tls-key and --insecure need --broker mqtts://host:port');
    return undefined;
  }
  if (transport === 'tcp') throw new UsageError('--broker is for Kortex 3 (MQTT); Kortex 2 robots have no broker');
  if (values.host !== undefined || values.port !== undefined) throw new UsageError('give either --broker or --host/--port, not both');
  try {
    const url = parseBrokerUrl(values.broker);
    // URL keeps IPv6 addresses in brackets; the socket wants them bare.
    return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(url.port), access: brokerAccessFrom(url, flags) };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export async function main(argv: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  let client: KortexSessionClient | undefined;
  // The role password stays registered until the last error text is printed.
  const releaseSecrets: Array<() => void> = [];
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        generation: { type: 'string' },
        transport: { type: 'string' },
        namespace: { type: 'string' },
        broker: { type: 'string' },
        'tls-ca': { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        insecure: { type: 'boolean' },
        user: { type: 'string', default: 'admin' },
        timeout: { type: 'string', default: String(DEFAULT_SESSION_OPTIONS.requestTimeoutMs) },
        interval: { type: 'string', default: String(WATCH_INTERVAL_S.default) },
        role: { type: 'string', default: 'Admin' },
        'single-source-control': { type: 'string' },
        'bypass-remote-access': { type: 'string' },
        handle: { type: 'string' },
        'no-stop-on-exit': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help || positionals.length === 0) {
      out(USAGE);
      return values.help ? 0 : 2;
    }
    const [command, sub] = positionals;
    const generation = values.generation;
    if (generation !== undefined && generation !== 'k2' && generation !== 'k3')
      throw new UsageError(`--generation must be k2 or k3, got "${generation}"`);
    if (values.transport !== undefined && !['tcp', 'mqtt', 'auto'].includes(values.transport))
      throw new UsageError(`--transport must be tcp, mqtt or auto, got "${values.transport}"`);
    // A broker URL names an MQTT broker: nothing to probe, even with --transport auto.
    const transport = (
      values.broker ? 'mqtt' : (values.transport ?? (generation === 'k3' ? 'mqtt' : 'tcp'))
    ) as SessionClientOptions['transport'];
    if (generation === 'k2' && transport === 'mqtt') throw new UsageError('Kortex 2 robots have no MQTT transport');
    let port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
      throw new UsageError(`--port must be 1..65535, got "${values.port}"`);
    let host = values.host ?? '127.0.0.1';
    const broker = brokerOption(values, values.transport);
    if (broker) ({ host, port } = broker);
    if (broker?.access.tls?.rejectUnauthorized === false) process.stderr.write(`kortex: ${INSECURE_WARNING}\n`);
    const timeout = Number(values.timeout);
    if (!(Number.isInteger(timeout) && timeout > 0))
      throw new UsageError(`--timeout must be a positive number of ms, got "${values.timeout}"`);

    type Run = (c: KortexSessionClient) => Promise<unknown>;
    let run: Run | undefined;
    // The verbs that stay on (watch, run) print their own lines and choose their exit code.
    let stayOn: ((c: KortexSessionClient) => Promise<number>) | undefined;
    const err = (line: string): void => void process.stderr.write(`${line}\n`);
    let rolePassword: string | undefined;
    switch (command) {
      case 'create-session':
        run = async (c) => ({ sessionId: c.sessionId });
        break;
      case 'close-session':
        run = async (c) => {
          const id = c.sessionId;
          await c.close();
          return { closedSessionId: id };
        };
        break;
      case 'keep-alive':
        run = async (c) => (await c.call('keepAlive', {})).payload;
        break;
      case 'connections':
        run = async (c) => (await c.call('getConnections', {})).payload;
        break;
      case 'add-temporary-role':
        rolePassword = await readSecret(`Password for role ${values.role}: `, 'KORTEX_ROLE_PASSWORD');
        releaseSecrets.push(registerSecret(rolePassword));
        run = async (c) =>
          (await c.call('addTemporaryUserRole', { roleIdentifier: values.role ?? 'Admin', password: rolePassword ?? '' })).payload;
        break;
      case 'remove-temporary-role':
        run = async (c) => (await c.call('removeTemporaryUserRole', {})).payload;
        break;
      case 'access-control': {
        if (sub === 'get') run = async (c) => (await c.call('getAccessControl', {})).payload;
        else if (sub === 'set') {
          const singleSourceControl = parseBool('single-source-control', values['single-source-control']);
          const bypassRemoteAccess = parseBool('bypass-remote-access', values['bypass-remote-access']);
          run = async (c) => {
            const current = (await c.call('getAccessControl', {})).payload;
            await c.call('setAccessControl', {
              singleSourceControl: singleSourceControl ?? current.singleSourceControl,
              bypassRemoteAccess: bypassRemoteAccess ?? current.bypassRemoteAccess,
            });
            return (await c.call('getAccessControl', {})).payload;
          };
        } else throw new UsageError('access-control needs "get" or "set"');
        break;
      }
      case 'watch': {
        // Typed blank is a mistake here (the node's blank field means the default).
        const ms = values.interval?.trim() ? parseWatchInterval(values.interval) : undefined;
        if (ms === undefined)
          throw new UsageError(
            `--interval must be a number of seconds from ${WATCH_INTERVAL_S.min} to ${WATCH_INTERVAL_S.max}, got "${values.interval}"`,
          );
        stayOn = (c) => runWatch(c, { pollIntervalMs: ms, out, err });
        break;
      }
      case 'run': {
        const handle = values.handle === undefined ? undefined : Number(values.handle);
        if ((sub === undefined) === (handle === undefined) || (handle !== undefined && !Number.isInteger(handle)))
          throw new UsageError('run needs one job: a name or --handle N (a number)');
        const job = handle ?? sub ?? '';
        const stopOnExit = !values['no-stop-on-exit'];
        stayOn = (c) => runJob(c, { job, stopOnExit, callTimeoutMs: timeout, out, err });
        break;
      }
      default:
        run = Object.hasOwn(WORK_COMMANDS, command) ? WORK_COMMANDS[command] : undefined;
        if (!run) throw new UsageError(`unknown command "${command}"`);
    }

    const password = await readSecret(`Password for ${values.user}: `, 'KORTEX_PASSWORD');
    if (broker?.access.auth?.password) releaseSecrets.push(registerSecret(broker.access.auth.password));
    client = new KortexSessionClient({
      host,
      port,
      transport,
      namespace: values.namespace,
      username: values.user ?? 'admin',
      password,
      tls: broker?.access.tls,
      broker: broker?.access.auth,
      requestTimeoutMs: timeout,
      connectTimeoutMs: timeout,
    });
    if (stayOn) return await stayOn(client);
    await client.openOnce();
    const result = await (run as Run)(client);
    out(JSON.stringify(result, null, 2));
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`kortex: ${redact((err as Error).message)}\n${USAGE}\n`);
      return 2;
    }
    const code = err instanceof KortexError ? err.code : 'ERROR';
    process.stderr.write(`kortex: ${code}: ${redact((err as Error).message)}\n`);
    return 1;
  } finally {
    await client?.close();
    for (const release of releaseSecrets) release();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`kortex: ${redact(String(err))}\n`);
      process.exitCode = 1;
    },
  );
}
