/**
 * A real mosquitto broker for the Kortex 3 tests, the bench and the demo: its own config in a temp
 * dir, a free port on 127.0.0.1, started and stopped by its user (never a system service), and
 * killed if the process that started it exits first, even when that process is killed outright.
 * Optionally a second listener with TLS (mutual TLS with `requireCertificate`) and a password file
 * (then no anonymous client is let in, on either listener).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/util/freePort';
import { waitForPort } from './waitForPort';

export const MOSQUITTO_BIN = process.env.MOSQUITTO_BIN ?? '/usr/sbin/mosquitto';
const MOSQUITTO_PASSWD_BIN = process.env.MOSQUITTO_PASSWD_BIN ?? '/usr/bin/mosquitto_passwd';

export interface MosquittoTlsListener {
  /** PEM files of the broker's certificate, its key, and the CA that client certificates must come from. */
  certFile: string;
  keyFile: string;
  caFile: string;
  /** Mutual TLS: a client without a certificate from `caFile` is turned away. */
  requireCertificate?: boolean;
}

export interface MosquittoOptions {
  port?: number;
  binary?: string;
  /** A second listener, on `tlsPort`, speaking MQTT over TLS. */
  tls?: MosquittoTlsListener;
  /** User name → password: a password file (mosquitto_passwd), and anonymous clients refused. */
  users?: Record<string, string>;
  /** How often mosquitto publishes its $SYS counters, in seconds (mosquitto's default when unset). */
  sysIntervalS?: number;
}
/** Arms a parent-death signal, so the broker ends even with an owner killed outright (Linux). */
const SETPRIV = process.platform === 'linux' && fs.existsSync('/usr/bin/setpriv') ? '/usr/bin/setpriv' : undefined;

export interface MosquittoBroker {
  readonly host: string;
  readonly port: number;
  /** "mqtt://127.0.0.1:PORT" */
  readonly url: string;
  /** The TLS listener's port (with the `tls` option), else undefined. */
  readonly tlsPort: number | undefined;
  /** "mqtts://127.0.0.1:TLSPORT" (with the `tls` option), else undefined. */
  readonly tlsUrl: string | undefined;
  readonly running: boolean;
  /** Stops the broker (SIGTERM, then SIGKILL after 3 s) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop()). */
  start(): Promise<void>;
  /** stop() then start(). */
  restart(): Promise<void>;
  /** Stops the broker and removes its temp dir. Safe to call twice. */
  dispose(): Promise<void>;
}

class Broker implements MosquittoBroker {
  readonly host = '127.0.0.1';
  private child: ChildProcess | undefined;
  private exited: Promise<void> | undefined;
  private stderr = '';

  constructor(
    readonly port: number,
    readonly tlsPort: number | undefined,
    private readonly dir: string,
    private readonly configFile: string,
    private readonly binary: string,
  ) {}

  get url(): string {
    return `mqtt://${this.host}:${this.port}`;
  }

  get tlsUrl(): string | undefined {
    return this.tlsPort === undefined ? undefined : `mqtts://${this.host}:${this.tlsPort}`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  async start(): Promise<void> {
    if (this.child) return;
    this.stderr = '';
    const command = SETPRIV ? [SETPRIV, '--pdeathsig', 'TERM', '--', this.binary] : [this.binary];
    // Its own process group: a Ctrl-C meant for the owner (the demo in a terminal) reaches the owner,
    // which stops the broker after the MQTT clients that use it, not at the same moment.
    const child = spawn(command[0], [...command.slice(1), '-c', this.configFile], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    this.child = child;
    let exitError: Error | undefined;
    // If our process ends without stopping the broker, do not leave it behind holding the port.
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    this.exited = new Promise<void>((resolve) => {
      child.once('close', (code, signal) => {
        process.off('exit', killOnExit);
        exitError = new Error(`mosquitto exited (code ${code}, signal ${signal}): ${this.stderr.trim()}`);
        if (this.child === child) this.child = undefined;
        resolve();
      });
    });
    child.once('error', (err) => {
      exitError = err;
      if (this.child === child) this.child = undefined;
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    try {
      await waitForPort(this.host, this.port, 5000, () => exitError);
      if (this.tlsPort !== undefined) await waitForPort(this.host, this.tlsPort, 5000, () => exitError);
    } catch (err) {
      await this.stop();
      throw err;
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) return;
    this.child = undefined;
    const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(killer);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Writes a config (anonymous unless `users`, no persistence, 127.0.0.1 only) and starts mosquitto on free ports. */
export async function startMosquitto(options: MosquittoOptions = {}): Promise<MosquittoBroker> {
  const port = options.port ?? (await freePort());
  const tlsPort = options.tls ? await freePort() : undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kortex-mosquitto-'));
  const configFile = path.join(dir, 'mosquitto.conf');
  const lines = [
    // Global (not per listener): the password file and the anonymous rule hold on every listener.
    'per_listener_settings false',
    options.users ? `password_file ${writePasswordFile(dir, options.users)}` : '',
    `allow_anonymous ${options.users ? 'false' : 'true'}`,
    'persistence false',
    'log_dest stderr',
    'log_type error',
    'log_type warning',
    // Started as root, mosquitto would switch to its own user, and a change of user clears the
    // parent-death signal; as our own user it keeps it (no effect when not root).
    `user ${os.userInfo().username}`,
    // How often the broker publishes its $SYS counters (messages received/sent): the bench reads them.
    options.sysIntervalS === undefined ? '' : `sys_interval ${options.sysIntervalS}`,
    `listener ${port} 127.0.0.1`,
  ];
  if (options.tls && tlsPort !== undefined) {
    lines.push(
      `listener ${tlsPort} 127.0.0.1`,
      `certfile ${options.tls.certFile}`,
      `keyfile ${options.tls.keyFile}`,
      `cafile ${options.tls.caFile}`,
      `require_certificate ${options.tls.requireCertificate ? 'true' : 'false'}`,
    );
  }
  fs.writeFileSync(configFile, `${lines.filter(Boolean).join('\n')}\n`);
  const broker = new Broker(port, tlsPort, dir, configFile, options.binary ?? MOSQUITTO_BIN);
  try {
    await broker.start();
  } catch (err) {
    await broker.dispose();
    throw err;
  }
  return broker;
}

/** A mosquitto password file (hashed by mosquitto_passwd) in `dir`; returns its path. */
function writePasswordFile(dir: string, users: Record<string, string>): string {
  const file = path.join(dir, 'passwords');
  fs.writeFileSync(file, '', { mode: 0o600 });
  for (const [user, password] of Object.entries(users)) {
    // -b takes the password as an argument: test passwords only, never a real one.
    execFileSync(MOSQUITTO_PASSWD_BIN, ['-b', file, user, password], { stdio: 'ignore' });
  }
  return file;
}
