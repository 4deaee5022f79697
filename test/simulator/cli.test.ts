import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { CliIo, main, parseCliOptions } from '../../src/simulator/cli';
import { waitFor } from '../helpers/wait';
import { RawClient } from './rawClient';

const ROOT = join(__dirname, '..', '..');
const CLI = join('src', 'simulator', 'cli.ts');

interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function spawnCli(args: string[]): Spawned {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

function captureIo(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => outLines.push(l), err: (l) => errLines.push(l) };
}

describe('kortex-sim CLI', function () {
  this.timeout(30000);
  const children: ChildProcess[] = [];
  const clients: RawClient[] = [];

  afterEach(async function () {
    await Promise.all(clients.splice(0).map((c) => c.destroy()));
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await gone;
      }
    }
  });

  it('prints the listening line, logs sessions without passwords, and exits 0 on SIGTERM', async function () {
    const sim = spawnCli(['--generation', 'k3', '--port', '0']);
    children.push(sim.child);
    await waitFor(() => /\n/.test(sim.stdout()), 'the listening line', 20000);
    const match = /^listening on tcp:\/\/127\.0\.0\.1:(\d+) \(k3\)\n$/.exec(sim.stdout());
    assert.ok(match, `unexpected stdout: ${JSON.stringify(sim.stdout())}`);
    const port = Number(match[1]);
    assert.ok(port > 0);

    const c = await RawClient.connect(port);
    clients.push(c);
    const r = await c.createSession('operator', 'operator');
    assert.equal(r.fields.errorCode, 0);
    const wrong = await c.createSession('admin', 'pw-that-must-not-leak');
    assert.notEqual(wrong.fields.errorCode, 0);
    await waitFor(() => /session \d+ opened for operator/.test(sim.stderr()), 'the session log line', 5000);
    assert.ok(!sim.stderr().includes('pw-that-must-not-leak'));

    sim.child.kill('SIGTERM');
    const { code } = await sim.exited;
    assert.equal(code, 0, `stderr: ${sim.stderr()}`);
    await c.closed();
    assert.equal(sim.stdout().trim().split('\n').length, 1, 'exactly one stdout line');
  });

  it('--help prints usage and exits 0; a bad option exits 2', async function () {
    const help = spawnCli(['--help']);
    children.push(help.child);
    assert.equal((await help.exited).code, 0);
    assert.match(help.stdout(), /Usage: kortex-sim/);
    const bad = spawnCli(['--generation', 'k9']);
    children.push(bad.child);
    assert.equal((await bad.exited).code, 2);
    assert.match(bad.stderr(), /--generation must be one of k2, k3/);
  });

  it('main() runs in-process and returns the running simulator', async function () {
    const io = captureIo();
    const { exitCode, simulator } = await main(['--port', '0', '--session-limit', '1', '--no-session-mode', 'drop'], io);
    assert.equal(exitCode, 0);
    assert.ok(simulator);
    try {
      assert.deepEqual(io.outLines, [`listening on tcp://127.0.0.1:${simulator.port} (k2)`]);
      const a = await RawClient.connect(simulator.port ?? 0);
      clients.push(a);
      assert.equal(await a.request(3, undefined, { timeoutMs: 200 }), null, 'drop mode: no reply');
      assert.equal((await a.createSession('admin', 'admin')).fields.errorCode, 0);
      const b = await RawClient.connect(simulator.port ?? 0);
      clients.push(b);
      assert.equal((await b.createSession('admin', 'admin')).fields.errorCode, 3, 'session limit 1');
      assert.ok(io.errLines.some((l) => /session \d+ opened for admin from 127\.0\.0\.1:\d+/.test(l)));
    } finally {
      await simulator.close();
    }
  });

  it('main() reports a busy port and an unreachable broker clearly', async function () {
    this.timeout(15000);
    const first = await main(['--port', '0'], captureIo());
    assert.ok(first.simulator);
    try {
      const io = captureIo();
      const second = await main(['--port', String(first.simulator.port)], io);
      assert.equal(second.exitCode, 1);
      assert.match(io.errLines.join('\n'), /EADDRINUSE/);
      const mqttIo = captureIo();
      // --broker implies the MQTT transport; an unreachable broker is named in the error.
      const mqtt = await main(['--generation', 'k3', '--broker', 'mqtt://127.0.0.1:1'], mqttIo);
      assert.equal(mqtt.exitCode, 1);
      assert.match(mqttIo.errLines.join('\n'), /could not reach the MQTT broker at mqtt:\/\/127\.0\.0\.1:1/);
    } finally {
      await first.simulator.close();
    }
  });

  it('parses every option', function () {
    assert.deepEqual(
      parseCliOptions([
        '--generation',
        'k3',
        '--host',
        '0.0.0.0',
        '--port',
        '1234',
        '--users',
        'u.json',
        '--bad-credentials-error',
        'ERROR_PROTOCOL_SERVER',
        '--close-session-id',
        'same',
      ]),
      {
        generation: 'k3',
        transport: 'tcp',
        host: '0.0.0.0',
        port: 1234,
        broker: undefined,
        namespace: undefined,
        usersFile: 'u.json',
        maxSessions: undefined,
        badCredentialsErrorCode: 1,
        badCredentialsSubCode: undefined,
        closeSessionResponseSessionId: 'same',
        sessionLimitMode: undefined,
        statusBroadcasts: { envelope: undefined, killedForm: undefined },
      },
    );
    // The three answers a robot may give to a call from a session it forgot; "error" stays the name of error12.
    assert.deepEqual(parseCliOptions(['--no-session-mode', 'error54'])?.noSessionErrorSubCode, 54);
    assert.deepEqual(parseCliOptions(['--no-session-mode', 'error12'])?.noSessionErrorSubCode, 12);
    assert.deepEqual(parseCliOptions(['--no-session-mode', 'error'])?.noSessionErrorSubCode, 12);
    assert.equal(parseCliOptions(['--no-session-mode', 'drop'])?.noSessionMode, 'drop');
    assert.throws(() => parseCliOptions(['--no-session-mode', 'error99']), /--no-session-mode/);
    assert.equal(parseCliOptions(['--bad-credentials-subcode', '9999'])?.badCredentialsSubCode, 9999);
    const variants = parseCliOptions(['--status-envelope', 'bare', '--killed-payload', 'list', '--session-limit-mode', 'evict-oldest']);
    assert.deepEqual([variants?.statusBroadcasts, variants?.sessionLimitMode], [{ envelope: 'bare', killedForm: 'list' }, 'evict-oldest']);
    assert.throws(
      () => parseCliOptions(['--status-envelope', 'json']),
      /--status-envelope must be one of raw-frame, bare, off; got 'json'/,
    );
    assert.equal(parseCliOptions(['-h']), undefined);
    assert.throws(() => parseCliOptions(['--port', '70000']), /--port must be an integer/);
    assert.throws(() => parseCliOptions(['--session-limit', '0']), /--session-limit/);
  });

  it('parses the jobs, the fault and the job variants; unset ones stay out', function () {
    const jobs = parseCliOptions([
      '--jobs',
      'Home:500, Pick: part:2500',
      '--fault',
      'mid-job',
      '--busy-start',
      'refuse',
      '--job-on-session-end',
      'abort',
      '--stop-when-idle',
      'ok',
      '--k3-ready-arm-state',
      'ARMSTATE_ARM_OPERATIONAL',
    ]);
    assert.deepEqual(
      [jobs?.jobs, jobs?.fault, jobs?.busyStart, jobs?.jobOnSessionEnd, jobs?.stopWhenIdle, jobs?.k3ReadyArmState],
      [
        [
          { name: 'Home', durationMs: 500 },
          { name: 'Pick: part', durationMs: 2500 },
        ],
        'mid-job',
        'refuse',
        'abort',
        'ok',
        'ARMSTATE_ARM_OPERATIONAL',
      ],
    );
    assert.equal('fault' in (parseCliOptions([]) ?? {}), false);
    assert.throws(() => parseCliOptions(['--jobs', 'Home']), /--jobs: 'Home' is not Name:milliseconds/);
    assert.throws(() => parseCliOptions(['--jobs', 'Home:0']), /--jobs: job 'Home' needs a duration/);
    assert.throws(() => parseCliOptions(['--fault', 'sometimes']), /--fault must be one of at-start, mid-job/);
  });
});
