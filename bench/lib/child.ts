/**
 * Helper processes (robots, Node-RED runtimes) driven over IPC: a child reports `ready` with
 * data, answers commands, and exits on `stop` or when the parent goes away.
 */
import { ChildProcess, fork } from 'node:child_process';

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export class ChildHandle {
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited: Promise<void>;
  private exitError: Error | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: Record<string, unknown>,
  ) {
    this.exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      // 'close': the process has exited AND its stdio pipes are closed (no handle left behind).
      child.once('close', (code, signal) => {
        this.exitError = new Error(`helper process exited (code ${code}, signal ${signal})`);
        for (const w of this.waiting.values()) w.reject(this.exitError);
        this.waiting.clear();
        resolve();
      });
    });
    child.on('message', (m: Reply) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.ok) w.resolve(m.result);
      else w.reject(new Error(m.error));
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  static start(script: string, arg: unknown, o: { execArgv?: string[]; timeoutMs?: number } = {}): Promise<ChildHandle> {
    const child = fork(script, [JSON.stringify(arg)], {
      // Never inherit --cpu-prof and friends from the bench process.
      execArgv: o.execArgv ?? [],
      // The bench's stdout carries only the JSON report: a helper's console output goes to stderr.
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      serialization: 'json',
    });
    // Written rather than piped: a pipe adds listeners to process.stderr per child (a plant has dozens).
    child.stdout?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    return new Promise<ChildHandle>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${script} not ready within ${o.timeoutMs ?? 20000} ms`));
      }, o.timeoutMs ?? 20000);
      const onMessage = (m: { type?: string; data?: Record<string, unknown>; error?: string }): void => {
        if (m.type === 'ready') {
          cleanup();
          resolve(new ChildHandle(child, m.data ?? {}));
        } else if (m.type === 'failed') {
          cleanup();
          child.kill('SIGKILL');
          reject(new Error(m.error ?? 'helper failed to start'));
        }
      };
      const onExit = (code: number | null, signal: string | null): void => {
        cleanup();
        reject(new Error(`${script} exited before it was ready (code ${code}, signal ${signal})`));
      };
      const onError = (err: Error): void => {
        cleanup();
        reject(err);
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        child.off('error', onError);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.once('error', onError);
    });
  }

  request<T = unknown>(cmd: string, args: unknown = {}, timeoutMs = 60000): Promise<T> {
    if (this.exitError) return Promise.reject(this.exitError);
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`helper command ${cmd}: no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send({ id, cmd, args });
    });
  }

  /** Kills the child outright (SIGKILL: no goodbye of any kind) and waits until it has exited. */
  async kill(): Promise<void> {
    if (this.exitError) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Asks the child to stop, then kills it (this child only) if it has not exited within `timeoutMs`. */
  async stop(timeoutMs = 5000): Promise<void> {
    if (this.exitError) return;
    try {
      if (this.child.connected) this.child.send({ id: 0, cmd: 'stop', args: {} });
    } catch {
      // already gone
    }
    const killer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(killer);
  }
}

// Each handler declares the JSON arguments its caller sends over IPC.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handlers = Record<string, (args: any) => unknown>;

/**
 * Child side. `setup` starts whatever the child serves and returns its `ready` data, its command
 * handlers and a stop function; the child exits once stopped.
 */
export function runChild<A>(
  setup: (arg: A) => Promise<{ ready: Record<string, unknown>; handlers?: Handlers; stop: () => Promise<void> }>,
): void {
  const arg = JSON.parse(process.argv[2] ?? '{}') as A;
  let stopping = false;
  let stopFn: () => Promise<void> = async () => undefined;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      await stopFn();
    } finally {
      if (process.connected) process.disconnect();
      // Everything should be closed by now; do not let a stray handle keep a helper alive.
      setTimeout(() => process.exit(0), 2000).unref();
    }
  };
  process.on('disconnect', () => {
    // The parent is gone (ended, interrupted or killed): nobody waits for a clean stop, so a stop
    // that hangs (a Node-RED whose broker is gone too) must not keep this helper alive.
    setTimeout(() => process.exit(0), 5000).unref();
    void stop();
  });
  setup(arg).then(
    ({ ready, handlers = {}, stop: s }) => {
      stopFn = s;
      process.on('message', (m: { id: number; cmd: string; args: unknown }) => {
        if (m.cmd === 'stop') {
          void stop();
          return;
        }
        const h = handlers[m.cmd];
        Promise.resolve()
          .then(() => {
            if (!h) throw new Error(`unknown command ${m.cmd}`);
            return h(m.args);
          })
          .then(
            (result) => process.send?.({ id: m.id, ok: true, result }),
            (err: Error) => process.send?.({ id: m.id, ok: false, error: err?.stack ?? String(err) }),
          );
      });
      process.send?.({ type: 'ready', data: ready });
    },
    (err: Error) => {
      process.send?.({ type: 'failed', error: err?.stack ?? String(err) });
      setTimeout(() => process.exit(1), 100);
    },
  );
}
