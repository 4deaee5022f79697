/**
 * The `kortex` and `kortex-sim` binaries as users run them: child processes of node, built from
 * dist/. After any failure the CLI prints the error and exits at once (within 1 s) with its
 * documented exit code (0 success, 1 robot or connection error, 2 usage error); nothing (a retry
 * timer, a socket) keeps the process alive.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { KORTEX_BIN, KORTEX_SIM_BIN, runBinary } from '../helpers/binaryRun';
import { freePort } from '../helpers/ports';

/** A "robot" that answers every connection with a stream of garbage and never a Kortex frame. */
async function hostileRobot(): Promise<net.Server> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    const timer = setInterval(() => socket.write(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n\x00\xff garbage \xde\xad\xbe\xef')), 20);
    socket.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('binaries as child processes: kortex and kortex-sim', function () {
  this.timeout(30000);
  let sim: RunningSimulator | undefined;

  before(async () => {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    await sim?.close();
  });

  const base = (): string[] => ['--host', '127.0.0.1', '--port', String(sim?.port), '--generation', 'k2'];

  it("kortex with a wrong password: exit code 1 within 1 s, the robot's error named, the password never printed", async () => {
    const r = await runBinary(KORTEX_BIN, ['connections', ...base()], { KORTEX_PASSWORD: 'nope-wrong-pw' });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /INVALID_PASSWORD/);
    assert.doesNotMatch(r.stderr + r.stdout, /nope-wrong-pw/);
    assert.ok(r.totalMs < 1000, `exited after ${r.totalMs} ms`);
  });

  it('kortex with an unknown user: exit code 1 within 1 s of the error', async () => {
    const r = await runBinary(KORTEX_BIN, ['connections', ...base(), '--user', 'ghost'], { KORTEX_PASSWORD: 'whatever-pw' });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /USER_NOT_FOUND/);
    assert.ok((r.afterErrorMs ?? Infinity) < 1000, `exited ${r.afterErrorMs} ms after the error`);
  });

  it('kortex against an unreachable robot: exit code 1 within 1 s of the error', async () => {
    const port = await freePort();
    const r = await runBinary(KORTEX_BIN, ['connections', '--host', '127.0.0.1', '--port', String(port), '--generation', 'k2'], {
      KORTEX_PASSWORD: 'admin',
    });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /refused/);
    assert.ok((r.afterErrorMs ?? Infinity) < 1000, `exited ${r.afterErrorMs} ms after the error`);
  });

  it('kortex against a hostile robot (garbage, never a frame): exit code 1 within 1 s of the error', async () => {
    const hostile = await hostileRobot();
    try {
      const port = (hostile.address() as net.AddressInfo).port;
      const r = await runBinary(
        KORTEX_BIN,
        ['connections', '--host', '127.0.0.1', '--port', String(port), '--generation', 'k2', '--timeout', '500'],
        { KORTEX_PASSWORD: 'admin' },
      );
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /kortex: /);
      assert.ok((r.afterErrorMs ?? Infinity) < 1000, `exited ${r.afterErrorMs} ms after the error`);
    } finally {
      hostile.close();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });

  it('kortex: a usage error exits 2 at once; success exits 0 with JSON', async () => {
    const usage = await runBinary(KORTEX_BIN, ['connections', '--port', '99999'], { KORTEX_PASSWORD: 'admin' });
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--port must be 1\.\.65535/);
    const ok = await runBinary(KORTEX_BIN, ['connections', ...base()], { KORTEX_PASSWORD: 'admin' });
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(Array.isArray(JSON.parse(ok.stdout).connection));
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`kortex-sim stops on ${signal} within 1 s and frees its port`, async () => {
      const port = await freePort();
      const child = spawn(process.execPath, [KORTEX_SIM_BIN, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const deadline = Date.now() + 10_000;
      while (!/listening on/.test(out)) {
        assert.ok(Date.now() < deadline, 'kortex-sim printed its listening line');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const signalled = Date.now();
      child.kill(signal);
      const code = await exited;
      assert.equal(code, 0);
      assert.ok(Date.now() - signalled < 1000, `exited ${Date.now() - signalled} ms after ${signal}`);
      const free = net.createServer();
      await new Promise<void>((resolve, reject) => free.once('error', reject).listen(port, '127.0.0.1', resolve));
      await new Promise<void>((resolve) => free.close(() => resolve()));
    });
  }

  it('kortex-sim with a bad option exits 2 at once', async () => {
    const r = await runBinary(KORTEX_SIM_BIN, ['--no-session-mode', 'sometimes']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--no-session-mode/);
    assert.ok(r.totalMs < 1000, `exited after ${r.totalMs} ms`);
  });
});
