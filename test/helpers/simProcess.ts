/**
 * The simulator as a real child process (`kortex-sim`), so tests can SIGKILL, SIGSTOP and SIGCONT
 * it like a robot that crashes or freezes. Uses the built CLI (dist/) when present, else tsx.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const BUILT_CLI = path.join(ROOT, 'dist', 'src', 'simulator', 'cli.js');
const SOURCE_CLI = path.join(ROOT, 'src', 'simulator', 'cli.ts');

export interface SimChild {
  readonly child: ChildProcess;
  readonly port: number;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  /** True until the process has exited. */
  readonly alive: boolean;
  /** Sends a signal (no-op once exited). */
  signal(sig: NodeJS.Signals): void;
  /** Resolves with how the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGCONT (in case it is stopped), then SIGKILL, and waits for the exit. Safe to call twice. */
  kill(): Promise<void>;
}

function cliCommand(): string[] {
  // The built CLI starts in ~100 ms; tsx needs a second. Prefer dist/ when it is not older than the source.
  if (fs.existsSync(BUILT_CLI) && fs.statSync(BUILT_CLI).mtimeMs >= fs.statSync(SOURCE_CLI).mtimeMs) return [BUILT_CLI];
  return ['--require', 'tsx/cjs', SOURCE_CLI];
}

/** Starts `kortex-sim` with `args` (port 0 unless given; `env` added to ours) and resolves once it prints its listening line. */
export async function spawnSimulator(args: string[], timeoutMs = 15000, env: NodeJS.ProcessEnv = {}): Promise<SimChild> {
  const withPort = args.includes('--port') || args.includes('--broker') ? args : [...args, '--port', '0'];
  const child = spawn(process.execPath, [...cliCommand(), ...withPort], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  let exitedFlag = false;
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err = (err + d).slice(-20000);
  });
  child.on('error', () => undefined);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      exitedFlag = true;
      resolve({ code, signal });
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`kortex-sim printed no listening line within ${timeoutMs} ms; stderr: ${err}`)),
      timeoutMs,
    );
    const onData = (): void => {
      // tcp: the port it listens on; mqtt: the broker's port.
      const m = /listening on (?:tcp|mqtts?):\/\/[^\s/]+:(\d+)/.exec(out);
      if (m) finish(undefined, Number(m[1]));
    };
    const onExit = (): void => finish(new Error(`kortex-sim exited before listening; stderr: ${err}`));
    function finish(e?: Error, p?: number): void {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (e) {
        child.kill('SIGKILL');
        reject(e);
      } else resolve(p as number);
    }
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    onData();
  });
  const sim: SimChild = {
    child,
    port,
    pid: child.pid as number,
    stdout: () => out,
    stderr: () => err,
    get alive() {
      return !exitedFlag;
    },
    signal(sig) {
      if (!exitedFlag) child.kill(sig);
    },
    exited,
    async kill() {
      if (!exitedFlag) {
        child.kill('SIGCONT');
        child.kill('SIGKILL');
      }
      await exited;
    },
  };
  return sim;
}
