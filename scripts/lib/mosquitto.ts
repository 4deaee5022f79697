/**
 * A real mosquitto broker for the Kortex 3 tests, the bench and the demo: its own config in a temp
 * dir, a free port on 127.0.0.1, started and stopped by its user (never a system service), and
 * killed if the process that started it exits first, even when that process is killed outright.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/util/freePort';
import { waitForPort } from './waitForPort';

export const MOSQUITTO_BIN = process.env.MOSQUITTO_BIN ?? '/usr/sbin/mosquitto';
/** Arms a parent-death signal, so the broker ends even with an owner killed outright (Linux). */
const SETPRIV = process.platform === 'linux' && fs.existsSync('/usr/bin/setpriv') ? '/usr/bin/setpriv' : undefined;

export interface MosquittoBroker {
  readonly host: string;
  readonly port: number;
  /** "mqtt://127.0.0.1:PORT" */
  readonly url: string;
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

  constructor(readonly port: number, private readonly dir: string, private readonly configFile: string, private readonly binary: string) {}

  get url(): string {
    return `mqtt://${this.host}:${this.port}`;
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

/** Writes a config (anonymous, no persistence, 127.0.0.1 only) and starts mosquitto on a free port. */
export async function startMosquitto(options: { port?: number; binary?: string; sysIntervalS?: number } = {}): Promise<MosquittoBroker> {
  const port = options.port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kortex-mosquitto-'));
  const configFile = path.join(dir, 'mosquitto.conf');
  fs.writeFileSync(configFile, [
    `listener ${port} 127.0.0.1`,
    'allow_anonymous true',
    'persistence false',
    'log_dest stderr',
    'log_type error',
    'log_type warning',
    // Started as root, mosquitto would switch to its own user, and a change of user clears the
    // parent-death signal; as our own user it keeps it (no effect when not root).
    `user ${os.userInfo().username}`,
    // How often the broker publishes its $SYS counters (messages received/sent): the bench reads them.
    ...(options.sysIntervalS === undefined ? [] : [`sys_interval ${options.sysIntervalS}`]),
    '',
  ].join('\n'));
  const broker = new Broker(port, dir, configFile, options.binary ?? MOSQUITTO_BIN);
  try {
    await broker.start();
  } catch (err) {
    await broker.dispose();
    throw err;
  }
  return broker;
}
