/**
 * `kortex watch` as users run it: a child process printing one JSON line per event, pushed on
 * Kortex 3 (mosquitto) and polled on Kortex 2, ending cleanly (exit 0, session closed on the robot)
 * on SIGINT and SIGTERM.
 */
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { KortexSessionClient } from '../../src/client/session/client';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { useK3World } from './harness';
import { waitFor } from '../helpers/wait';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join('src', 'cli', 'kortex.ts');

interface Line {
  topic: string;
  source?: string;
  payload: { state?: string; sessions?: Array<{ sessionIdentifier: number }> } & Record<string, unknown>;
}

function spawnWatch(args: string[]): {
  child: ChildProcess;
  lines: () => Line[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
} {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', CLI, 'watch', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KORTEX_PASSWORD: 'admin' },
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    lines: () =>
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Line),
    stderr: () => err,
    exited,
  };
}

describe('kortex watch (child process)', function () {
  this.timeout(30000);
  const k3 = useK3World();
  let sim: RunningSimulator | undefined;
  const children: ChildProcess[] = [];
  const visitors: KortexSessionClient[] = [];

  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(visitors.splice(0).map((v) => v.close()));
    await sim?.close();
    sim = undefined;
  });

  async function scenario(
    args: string[],
    visitorTransport: 'mqtt' | 'tcp',
    port: number,
    signal: NodeJS.Signals,
    source: 'push' | 'poll',
  ): Promise<void> {
    const watch = spawnWatch(args);
    children.push(watch.child);
    await waitFor(
      () => watch.lines().some((l) => l.topic === 'state' && l.payload.state === 'open'),
      `the open state line (stderr: ${watch.stderr()})`,
      15000,
    );
    const own = await waitFor(() => watch.lines().find((l) => l.topic === 'sessions'), 'the current session list', 5000);
    assert.equal(own.source, source);
    assert.equal(own.payload.sessions?.length, 1);

    const visitor = new KortexSessionClient({
      host: '127.0.0.1',
      port,
      transport: visitorTransport,
      username: 'operator',
      password: 'operator',
    });
    visitors.push(visitor);
    await visitor.openOnce();
    await waitFor(
      () => watch.lines().some((l) => l.topic === 'sessions' && l.payload.sessions?.some((s) => s.sessionIdentifier === visitor.sessionId)),
      'a line listing the second session',
    );
    if (source === 'poll')
      await waitFor(() => watch.lines().some((l) => l.topic === 'connection' && l.payload.event === 'appeared'), 'a connection line');

    watch.child.kill(signal);
    const exit = await watch.exited;
    assert.deepEqual(exit, { code: 0, signal: null }, `stderr: ${watch.stderr()}`);
    assert.deepEqual(
      sim?.model.sessions().map((s) => s.username),
      ['operator'],
      'the watch closed its session on the robot',
    );
    for (const l of watch.lines())
      assert.ok(['state', 'sessions', 'connection', 'session-killed'].includes(l.topic), `unexpected line ${JSON.stringify(l)}`);
  }

  it('Kortex 3: pushed session lists, then exit 0 on SIGINT', async () => {
    sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: k3.broker().url });
    await scenario(
      ['--generation', 'k3', '--port', String(k3.broker().port), '--interval', '5'],
      'mqtt',
      k3.broker().port ?? 0,
      'SIGINT',
      'push',
    );
  });

  it('Kortex 2: polled session lists and connection lines, then exit 0 on SIGTERM', async () => {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
    await scenario(['--generation', 'k2', '--port', String(sim.port), '--interval', '0.2'], 'tcp', sim.port ?? 0, 'SIGTERM', 'poll');
  });

  it('stops cleanly when its reader goes away (the pipe closes, as when the parent dies)', async () => {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
    const watch = spawnWatch(['--port', String(sim.port), '--interval', '0.2']);
    children.push(watch.child);
    await waitFor(() => watch.lines().some((l) => l.topic === 'sessions'), 'the first session list', 15000);
    watch.child.stdout?.destroy();
    // The next event makes the watch write into the closed pipe.
    const visitor = new KortexSessionClient({
      host: '127.0.0.1',
      port: sim.port,
      transport: 'tcp',
      username: 'operator',
      password: 'operator',
    });
    visitors.push(visitor);
    await visitor.openOnce();
    const exit = await watch.exited;
    assert.deepEqual(exit, { code: 0, signal: null }, `stderr: ${watch.stderr()}`);
    assert.deepEqual(
      sim.model.sessions().map((s) => s.username),
      ['operator'],
      'the watch closed its session on the robot',
    );
  });

  it('a refused login ends the watch with exit code 1 and the Kortex error name', async () => {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
    const watch = spawnWatch(['--port', String(sim.port), '--user', 'nobody']);
    children.push(watch.child);
    const exit = await watch.exited;
    assert.equal(exit.code, 1);
    assert.match(watch.stderr(), /ERROR_DEVICE\/USER_NOT_FOUND/);
  });
});
