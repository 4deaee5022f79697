import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionStateEvent } from '../../src/client/session/states';
import { main as kortexCli } from '../../src/cli/kortex';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { forgetDetectedTransport } from '../../src/transport/auto';
import { ManualClock } from '../helpers/manualClock';
import { freePort } from '../helpers/ports';
import { activeResources, sleep, waitFor } from '../helpers/wait';

describe('client ↔ simulator over TCP (127.0.0.1)', function () {
  this.timeout(15000);
  let sim: RunningSimulator;
  const clients: KortexSessionClient[] = [];

  async function simulator(generation: 'k2' | 'k3', port = 0): Promise<RunningSimulator> {
    sim = await startSimulator({ generation, transport: 'tcp', host: '127.0.0.1', port });
    return sim;
  }

  function client(overrides: Partial<SessionClientOptions> = {}): KortexSessionClient {
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      port: sim.port,
      transport: 'tcp',
      username: 'admin',
      password: 'admin',
      reconnectInitialDelayMs: 20,
      reconnectMaxDelayMs: 200,
      requestTimeoutMs: 2000,
      ...overrides,
    });
    clients.push(c);
    return c;
  }

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await sim?.close();
  });

  describe('every Session RPC', () => {
    it('works against a Kortex 3 session model', async () => {
      await simulator('k3');
      const c = client();
      await c.openOnce();
      assert.ok(c.sessionId > 0, 'session id comes from the response header');

      const sent = performance.now();
      const alive = await c.call('keepAlive', {});
      const roundTripMs = performance.now() - sent;
      assert.deepEqual(alive.payload, {});
      // msg.kortex.durationMs: the call's own time, within what the caller waited.
      assert.ok(
        alive.meta.durationMs >= 0 && alive.meta.durationMs <= roundTripMs,
        `durationMs ${alive.meta.durationMs} of ${roundTripMs}`,
      );
      assert.equal(alive.meta.rpc, 'KeepAlive');
      assert.equal(alive.meta.sessionId, c.sessionId);
      assert.equal(alive.meta.robot, `127.0.0.1:${sim.port}`);

      const list = await c.call('getConnections', {});
      assert.equal(list.payload.userConnections.length, 1);
      assert.equal(list.payload.userConnections[0].username, 'admin');
      assert.equal(list.payload.userConnections[0].sessionIdentifier, c.sessionId);

      assert.deepEqual((await c.call('getAccessControl', {})).payload, { singleSourceControl: false, bypassRemoteAccess: false });
      await c.call('setAccessControl', { singleSourceControl: true, bypassRemoteAccess: false });
      assert.deepEqual((await c.call('getAccessControl', {})).payload, { singleSourceControl: true, bypassRemoteAccess: false });

      await c.call('addTemporaryUserRole', { roleIdentifier: 'System', password: 'system' });
      let roles = (await c.call('getConnections', {})).payload.userConnections[0].roles.map((r) => r.identifier);
      assert.ok(roles.includes('System'), `roles after add: ${roles}`);
      await c.call('removeTemporaryUserRole', {});
      roles = (await c.call('getConnections', {})).payload.userConnections[0].roles.map((r) => r.identifier);
      assert.ok(!roles.includes('System'), `roles after remove: ${roles}`);

      await c.close();
      assert.equal(c.state, 'closed');
      await waitFor(() => sim.model.sessions().length === 0, 'CloseSession to end the session');
    });

    it('gets K2 connections and a clear error for Kortex 3-only RPCs on a Kortex 2 robot', async () => {
      await simulator('k2');
      const c = client();
      await c.openOnce();
      const list = await c.call('getConnections', {});
      assert.equal(list.payload.connection.length, 1);
      assert.equal(list.payload.connection[0].connectionIdentifier, c.sessionId);
      await assert.rejects(c.call('getAccessControl', {}), (err: KortexError) => {
        assert.equal(err.code, 'ERROR_PROTOCOL_SERVER/UNSUPPORTED_METHOD');
        assert.match(err.message, /GetAccessControl/);
        return true;
      });
      assert.equal(c.state, 'open', 'an RPC error does not drop the session');
    });
  });

  it('fails a bad password with a KortexError naming the sub-code, and never shows the password', async () => {
    await simulator('k3');
    const c = client({ password: 'S3cret-Wr0ng' });
    await assert.rejects(c.openOnce(), (err: KortexError) => {
      assert.ok(err instanceof KortexError);
      assert.equal(err.code, 'ERROR_DEVICE/INVALID_PASSWORD');
      assert.equal(err.subCodeName, 'INVALID_PASSWORD');
      assert.ok(err.isAuthFailure);
      assert.match(err.message, /CreateSession on 127\.0\.0\.1:\d+: ERROR_DEVICE\/INVALID_PASSWORD/);
      assert.ok(!err.message.includes('S3cret-Wr0ng'));
      return true;
    });
    await assert.rejects(client({ username: 'nobody' }).openOnce(), /ERROR_DEVICE\/USER_NOT_FOUND/);
  });

  it('backs off to the longest delay after an authentication failure', async () => {
    await simulator('k3');
    const c = client({ password: 'nope', reconnectMaxDelayMs: 5000 });
    const events: SessionStateEvent[] = [];
    c.on('state', (e) => events.push(e));
    c.start();
    const reconnecting = await waitFor(() => events.find((e) => e.state === 'reconnecting'), 'reconnecting');
    assert.equal(reconnecting.authFailed, true);
    assert.equal(reconnecting.delayMs, 5000);
  });

  describe('session inactivity', () => {
    it('the simulator expires an idle session when keep-alive is off', async () => {
      await simulator('k3');
      const c = client({ keepAliveIntervalMs: 0, sessionInactivityTimeoutMs: 300 });
      await c.openOnce();
      assert.equal(sim.model.sessions().length, 1);
      await waitFor(() => sim.model.sessions().length === 0, 'the session to expire', 2000);
    });

    it('keep-alive keeps an idle session open past its inactivity timeout', async () => {
      await simulator('k3');
      const c = client({ sessionInactivityTimeoutMs: 300, connectionInactivityTimeoutMs: 300 });
      const opened: number[] = [];
      c.on('state', (e) => e.state === 'open' && opened.push(e.sessionId));
      await c.openOnce();
      await sleep(1000);
      assert.equal(sim.model.sessions().length, 1);
      assert.deepEqual(opened.length, 1, 'no reconnect happened');
    });

    it('logs in again by itself when the robot forgets the session', async () => {
      await simulator('k3');
      const c = client({ keepAliveIntervalMs: 0, sessionInactivityTimeoutMs: 200 });
      await c.openOnce();
      const first = c.sessionId;
      await waitFor(() => sim.model.sessions().length === 0, 'expiry', 2000);
      await assert.rejects(c.call('getConnections', {}), /INVALID_SESSION/);
      await waitFor(() => c.state === 'open' && c.sessionId !== first, 'a new session', 3000);
      const list = await c.call('getConnections', {});
      assert.equal(list.payload.userConnections.length, 1);
    });
  });

  it('reconnects and reopens a session by itself after the simulator is killed and restarted', async () => {
    await simulator('k3');
    const port = sim.port;
    const c = client();
    await c.openOnce();
    const states: string[] = [];
    c.on('state', (e) => states.push(e.state));
    const inFlight = c.call('getConnections', {}, { timeoutMs: 5000 });
    await sim.close();
    // The robot went away under the call: it fails as a lost link, naming the call.
    await assert.rejects(inFlight, (err: unknown) => {
      assert.ok(err instanceof KortexError, `expected a KortexError, got ${String(err)}`);
      assert.equal(err.code, 'DISCONNECTED', err.message);
      assert.match(err.message, /^GetConnections on 127\.0\.0\.1:\d+: /);
      return true;
    });
    await waitFor(() => states.includes('reconnecting'), 'reconnecting');
    await sleep(100);
    sim = await startSimulator({ generation: 'k3', transport: 'tcp', host: '127.0.0.1', port });
    await waitFor(() => c.state === 'open', 'the session to reopen', 5000);
    const list = await c.call('getConnections', {});
    assert.equal(list.payload.userConnections.length, 1);
    assert.equal(sim.model.sessions().length, 1);
  });

  it("'auto': only failed connections in a row count towards probing again; a session in between starts the count again", async () => {
    await simulator('k2');
    const port = sim.port;
    const clock = new ManualClock(); // each retry happens when the test moves the clock to it
    const lines: string[] = [];
    const c = client({
      port: undefined,
      transport: 'auto',
      autoDetect: { tcpPort: port, mqttPort: await freePort(), timeoutMs: 500 },
      autoRedetectAfterFailures: 2,
      clock,
      log: (line) => lines.push(line),
    });
    const states: SessionStateEvent[] = [];
    c.on('state', (e) => states.push(e));
    const failedConnects = (): number => states.filter((e) => e.state === 'reconnecting' && e.previous === 'connecting').length;
    try {
      c.start();
      await waitFor(() => c.state === 'open', 'the first session');
      await sim.close();
      await waitFor(() => c.state === 'reconnecting', 'the link to go down');
      await clock.advance(clock.nextDueIn ?? 0);
      await waitFor(() => failedConnects() === 1, 'one failed connection');
      sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port });
      await clock.advance(clock.nextDueIn ?? 0);
      await waitFor(() => c.state === 'open', 'the session again');
      await sim.close();
      await waitFor(() => c.state === 'reconnecting', 'the link to go down again');
      await clock.advance(clock.nextDueIn ?? 0);
      await waitFor(() => failedConnects() === 2, 'one more failed connection');
      assert.deepEqual(
        lines.filter((l) => l.includes('probed again')),
        [],
        'one failure after a session is not two in a row',
      );
    } finally {
      const closed = c.close();
      await clock.advance(10_000);
      await closed;
      forgetDetectedTransport('127.0.0.1');
    }
  });

  it('bounds requests: in flight, queued, and waiting while down', async () => {
    await simulator('k3');
    const c = client({ maxInFlight: 2, maxQueued: 3 });
    await c.openOnce();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => c.call('getConnections', {})));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 5);
    assert.equal(rejected.length, 5);
    for (const r of rejected) assert.equal((r.reason as KortexError).code, 'QUEUE_FULL');

    const down = client({ port: 1, queueWaitMs: 200, reconnectInitialDelayMs: 1000 });
    const started = Date.now();
    await assert.rejects(
      down.call('getConnections', {}),
      (err: KortexError) => err.code === 'NOT_CONNECTED' && /refused/.test(err.message),
    );
    assert.ok(Date.now() - started < 1500);
  });

  it('rejects input it cannot encode without sending anything', async () => {
    await simulator('k3');
    const c = client();
    await c.openOnce();
    const seen: string[] = [];
    sim.model.on('request', (name) => seen.push(name));
    await assert.rejects(
      c.call('setAccessControl', 'on' as unknown as { singleSourceControl: boolean; bypassRemoteAccess: boolean }),
      (err: KortexError) => err.code === 'INVALID_INPUT',
    );
    assert.deepEqual(seen, []);
  });

  it("tells the session's life in its log, one line each naming the robot, and in its state events", async () => {
    await simulator('k2');
    const lines: string[] = [];
    const events: SessionStateEvent[] = [];
    const c = client({ log: (line) => lines.push(line) });
    c.on('state', (e) => events.push(e));
    const robot = `127.0.0.1:${sim.port}`;
    await c.openOnce();
    const first = c.sessionId;
    sim.server.dropConnections();
    await waitFor(() => c.state === 'open' && c.sessionId !== first, 'the next session');
    const second = c.sessionId;
    await c.release();
    c.acquire();
    await waitFor(() => c.state === 'open', 'the session after the release');
    const third = c.sessionId;
    await c.close();
    const withoutDelays = lines.map((l) => l.replace(/next attempt in \d+ ms/, 'next attempt in N ms'));
    assert.deepEqual(
      withoutDelays.filter((l) => !l.includes('connecting (')),
      [
        `${robot}: session ${first} open`,
        `${robot}: link down: connection to ${robot} closed by the robot; next attempt in N ms`,
        `${robot}: session ${second} open`,
        `${robot}: session ${second} released`,
        `${robot}: session ${third} open`,
        `${robot}: closed`,
      ],
    );
    assert.deepEqual(
      lines.filter((l) => l.includes('connecting (')),
      [1, 2, 3].map(() => `${robot}: connecting (tcp)`),
      'the link says each attempt',
    );
    assert.deepEqual(
      events.filter((e) => e.state === 'connecting').map((e) => e.attempt),
      [1, 2, 1],
      'the first login, the retry after the drop, the login after the release',
    );
    assert.equal(events.find((e) => e.state === 'released')?.sessionId, second);
  });

  it('closes cleanly: CloseSession, then zero sockets on both sides', async () => {
    await simulator('k3');
    const baseline = activeResources('TCPSocketWrap');
    const c = client();
    await c.openOnce();
    assert.equal(activeResources('TCPSocketWrap'), baseline + 2, 'one client socket and one server socket');
    const closedReasons: string[] = [];
    sim.model.on('session-closed', (_s, reason) => closedReasons.push(reason));
    const started = Date.now();
    await c.close();
    assert.ok(Date.now() - started < 2500, 'close is bounded');
    assert.deepEqual(closedReasons, ['closed'], 'the session ended by CloseSession, not by the socket dropping');
    await waitFor(() => activeResources('TCPSocketWrap') === baseline, 'sockets to close on both sides');
    await waitFor(() => sim.model.connectionCount === 0, 'the simulator to forget the connection');
    await assert.rejects(
      c.call('keepAlive', {}),
      (err: KortexError) => err.code === 'CLOSED' && err.message === `KeepAlive on 127.0.0.1:${sim.port}: the session client is closed`,
    );
  });

  describe('kortex CLI', () => {
    const run = async (args: string[], env: Record<string, string>) => {
      const lines: string[] = [];
      const saved = { ...process.env };
      Object.assign(process.env, env);
      const errors: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
      try {
        const code = await kortexCli(args, (l) => lines.push(l));
        return { code, out: lines.join('\n'), err: errors.join('') };
      } finally {
        process.stderr.write = write;
        process.env = saved;
      }
    };

    it('prints connections as canonical JSON', async () => {
      await simulator('k3');
      const r = await run(['connections', '--port', String(sim.port), '--transport', 'tcp'], { KORTEX_PASSWORD: 'admin' });
      assert.equal(r.code, 0, r.err);
      const list = JSON.parse(r.out) as { userConnections: { username: string }[] };
      assert.equal(list.userConnections[0].username, 'admin');
    });

    it('sets access control and reads it back', async () => {
      await simulator('k3');
      const r = await run(['access-control', 'set', '--single-source-control', 'true', '--port', String(sim.port)], {
        KORTEX_PASSWORD: 'admin',
      });
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(JSON.parse(r.out), { singleSourceControl: true, bypassRemoteAccess: false });
    });

    it('exits 1 with the Kortex error name on a wrong password, without printing it', async () => {
      await simulator('k2');
      const r = await run(['connections', '--port', String(sim.port)], { KORTEX_PASSWORD: 'Very-Wrong-9' });
      assert.equal(r.code, 1);
      assert.match(r.err, /ERROR_DEVICE\/INVALID_PASSWORD/);
      assert.ok(!r.err.includes('Very-Wrong-9'));
    });

    it('exits 2 on a usage error', async () => {
      const r = await run(['teleport'], { KORTEX_PASSWORD: 'admin' });
      assert.equal(r.code, 2);
      assert.match(r.err, /unknown command "teleport"/);
    });
  });
});
