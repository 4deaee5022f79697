/**
 * The 16 MB GetConnections reply of a hostile Kortex 2 robot (test/helpers/bombRobot.ts) against
 * the programs users run, as child processes: `kortex connections` and a real Node-RED with one
 * kortex-session and one kortex-list-connections node. Each must fail that one call with
 * BAD_RESPONSE within seconds, with a bounded memory peak (read from /proc by this process) and,
 * in Node-RED, a responsive event loop (measured inside it) and a session that goes on.
 * Before the limits the CLI grew to 3.9 GB and died after 48 s; a runaway is killed here at 1 GiB.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BombRobot, startBombRobot } from '../helpers/bombRobot';
import { readEventLoopDelay, writeEventLoopProbe } from '../helpers/eventLoopProbe';
import { waitFor } from '../helpers/wait';
import { PeakRssWatch, procMemoryAvailable, rssBytes, watchPeakRss } from '../helpers/processMemory';
import { NodeRedProcess, deployFlows, linkPackage, makeTempDir, removeDir, repoRoot, startNodeRed, writeSettings } from '../e2e/nodeRed';
import { packageJson } from '../helpers/packageNodes';

const KORTEX = path.join(repoRoot, 'dist', 'src', 'cli', 'kortex.js');
const MB = 1024 * 1024;
/** A child past this is a runaway (the unbounded client): killed before it takes the machine. */
const RUNAWAY_BYTES = 1024 * MB;

const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

describe('reliability: a 16 MB reply against the CLI and Node-RED (child processes)', function () {
  this.timeout(30000);
  let robot: BombRobot | undefined;

  before(function () {
    if (!procMemoryAvailable) this.skip(); // memory figures come from Linux /proc
  });
  beforeEach(async () => {
    robot = await startBombRobot();
  });
  afterEach(async () => {
    await robot?.close();
  });

  it('kortex connections: exit 1 within 5 s naming BAD_RESPONSE and the limit, peak RSS under 300 MB', async () => {
    assert.ok(fs.existsSync(KORTEX), `${KORTEX} is missing: run npm run build first`);
    robot?.queue('bomb16MB');
    const started = Date.now();
    // A long request timeout: only the size limit can end the call within 5 s.
    const child = spawn(
      process.execPath,
      [KORTEX, 'connections', '--host', '127.0.0.1', '--port', String(robot?.port), '--generation', 'k2', '--timeout', '30000'],
      {
        env: { ...process.env, KORTEX_PASSWORD: 'admin' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const rss = watchPeakRss(child, RUNAWAY_BYTES);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => {
      const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.once('exit', (c) => {
        clearTimeout(guard);
        resolve(c);
      });
    });
    const ms = Date.now() - started;
    const peak = rss.peak();
    console.log(
      `      kortex connections against the 16 MB reply: exit ${code} after ${ms} ms, peak RSS ${mb(peak)}${rss.killedAt() ? ' (killed as a runaway)' : ''}`,
    );
    assert.equal(rss.killedAt(), undefined, `killed as a runaway at ${mb(peak)} after ${ms} ms`);
    assert.equal(code, 1, stderr);
    assert.match(
      stderr,
      /^kortex: BAD_RESPONSE: GetConnections on 127\.0\.0\.1:\d+: reply of 16000027 bytes \(16\.0 MB\) exceeds the limit of 1048576 bytes \(1\.0 MB\)/,
    );
    assert.ok(ms < 5000, `exited after ${ms} ms`);
    assert.ok(peak < 300 * MB, `peak RSS ${mb(peak)}`);
  });

  describe('Node-RED', () => {
    let red: NodeRedProcess | undefined;
    let userDir: string | undefined;
    let rss: PeakRssWatch | undefined;

    afterEach(async () => {
      rss?.stop();
      await red?.stop();
      removeDir(userDir);
      red = userDir = rss = undefined;
    });

    /** GET /connections: the list node's msg.payload, or the Catch node's msg.error, as JSON. */
    function flows(port: number): unknown[] {
      const z = 'bomb';
      return [
        { id: z, type: 'tab', label: 'bomb' },
        {
          id: 'robot',
          type: 'kortex-session',
          name: 'hostile robot',
          host: '127.0.0.1',
          transport: 'tcp',
          port: String(port),
          namespace: '',
          username: 'admin',
          sessionInactivityTimeout: '60000',
          connectionInactivityTimeout: '10000',
          requestTimeout: '20000',
          credentials: { password: 'admin' },
        },
        { id: 'get', type: 'http in', z, url: '/connections', method: 'get', x: 100, y: 40, wires: [['list']] },
        { id: 'list', type: 'kortex-list-connections', z, session: 'robot', x: 300, y: 40, wires: [['reply']] },
        { id: 'catch', type: 'catch', z, scope: ['list'], uncaught: false, x: 100, y: 100, wires: [['asError']] },
        {
          id: 'asError',
          type: 'change',
          z,
          x: 300,
          y: 100,
          wires: [['reply']],
          rules: [
            { t: 'set', p: 'payload', pt: 'msg', to: 'error', tot: 'msg' },
            { t: 'set', p: 'statusCode', pt: 'msg', to: '500', tot: 'num' },
          ],
        },
        { id: 'reply', type: 'http response', z, statusCode: '', headers: {}, x: 500, y: 40, wires: [] },
      ];
    }

    async function getConnections(): Promise<{ status: number; body: { connection?: unknown[]; code?: string; message?: string } }> {
      const res = await fetch(`${red?.url}/connections`);
      const text = await res.text();
      if (!(res.headers.get('content-type') ?? '').includes('json')) return { status: res.status, body: { message: text.slice(0, 200) } };
      return { status: res.status, body: JSON.parse(text) as { connection?: unknown[]; code?: string; message?: string } };
    }

    it('the call fails to Catch with BAD_RESPONSE; RSS grows < 64 MB, event-loop delay < 250 ms, the session goes on', async () => {
      assert.ok(fs.existsSync(path.join(repoRoot, packageJson['node-red'].nodes['kortex-list-connections'])), 'run "npm run build" first');
      const r = robot as BombRobot;
      userDir = makeTempDir('kortex-bomb-');
      linkPackage(userDir);
      writeSettings(userDir);
      red = await startNodeRed(userDir, { env: { NODE_OPTIONS: writeEventLoopProbe(userDir) } });
      rss = watchPeakRss(red.child, RUNAWAY_BYTES);
      await deployFlows(red.url, flows(r.port));
      // The http-in route exists once the deployed flows have started.
      const first = await waitFor(
        async () => {
          const reply = await getConnections();
          return reply.status !== 404 && reply;
        },
        'GET /connections routed',
        10_000,
        50,
      );
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(first.body.connection?.length, 1);

      const baseline = rssBytes(red.child.pid as number) as number;
      rss.restart();
      await readEventLoopDelay(red.child, red.output); // starts the measured interval
      r.queue('bomb16MB');
      const started = Date.now();
      const failed = await getConnections().catch((err: unknown) => {
        const why = rss?.killedAt()
          ? `killed as a runaway at ${mb(rss.killedAt() as number)}`
          : `${String(err)}: ${String((err as { cause?: unknown }).cause)}`;
        throw new Error(`no answer from Node-RED after ${Date.now() - started} ms (${why}):\n${red?.output().slice(-3000) ?? ''}`);
      });
      const ms = Date.now() - started;
      // The call fails on the reply's first bytes; the next reply comes after the other 16 MB on the
      // stream, so once it is here the whole reply has gone through Node-RED: measure up to then.
      const next = await getConnections();
      const allMs = Date.now() - started;
      const delay = await readEventLoopDelay(red.child, red.output);
      const growth = rss.peak() - baseline;
      console.log(
        `      Node-RED against the 16 MB reply: Catch after ${ms} ms, the whole reply skipped and the next call answered after ${allMs} ms; ` +
          `RSS ${mb(baseline)}, peak +${mb(growth)}; event-loop delay max ${delay.maxMs.toFixed(1)} ms (p99 ${delay.p99Ms.toFixed(1)} ms)`,
      );
      assert.equal(failed.status, 500, JSON.stringify(failed.body));
      assert.equal(failed.body.code, 'BAD_RESPONSE');
      assert.match(
        failed.body.message ?? '',
        /GetConnections on 127\.0\.0\.1:\d+: reply of 16000027 bytes \(16\.0 MB\) exceeds the limit of 1048576 bytes \(1\.0 MB\)/,
      );
      assert.ok(growth < 64 * MB, `RSS grew ${mb(growth)}`);
      assert.ok(delay.maxMs < 250, `event-loop delay ${delay.maxMs} ms`);
      assert.equal(next.status, 200, JSON.stringify(next.body));
      assert.equal(next.body.connection?.length, 1);
      assert.equal(r.connections(), 1, 'the link was never dropped');
      assert.equal(r.logins(), 1, 'no second login');
    });
  });
});
