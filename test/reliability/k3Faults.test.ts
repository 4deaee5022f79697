/**
 * Robot faults on Kortex 3 (MQTT v5 through a real mosquitto): the broker restarted under an open
 * session with calls in flight, and the simulated robot (a `kortex-sim --transport mqtt` child
 * process) killed or frozen while the broker stays up. Calls fail within their timeout with a clear
 * error, the client says it is reconnecting, and the session comes back by itself.
 */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionStateEvent } from '../../src/client/session/states';
import { seededRandom, failOnUncaught } from '../helpers/guards';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { SimChild, spawnSimulator } from '../helpers/simProcess';
import { sleep, waitFor } from '../helpers/wait';

interface Settled {
  ok: boolean;
  error?: unknown;
  at: number;
}

function settle(p: Promise<unknown>): Promise<Settled> {
  return p.then(
    () => ({ ok: true, at: Date.now() }),
    (error: unknown) => ({ ok: false, error, at: Date.now() }),
  );
}

describe('reliability: robot faults (K3 over MQTT, mosquitto)', function () {
  this.timeout(20000);
  let broker: MosquittoBroker | undefined;
  const clients: KortexSessionClient[] = [];
  const children: SimChild[] = [];

  before(async () => {
    broker = await startMosquitto();
  });
  after(async () => {
    await broker?.dispose();
  });
  beforeEach(async () => {
    if (!broker?.running) await broker?.start();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(children.splice(0).map((c) => c.kill()));
  });
  failOnUncaught();

  async function robot(): Promise<SimChild> {
    const s = await spawnSimulator(['--generation', 'k3', '--transport', 'mqtt', '--broker', broker?.url as string]);
    children.push(s);
    return s;
  }

  function client(overrides: Partial<SessionClientOptions> = {}): { c: KortexSessionClient; states: SessionStateEvent[] } {
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      port: broker?.port,
      transport: 'mqtt',
      username: 'admin',
      password: 'admin',
      requestTimeoutMs: 800,
      connectTimeoutMs: 1000,
      reconnectInitialDelayMs: 50,
      reconnectMaxDelayMs: 300,
      random: seededRandom(11),
      ...overrides,
    });
    const states: SessionStateEvent[] = [];
    c.on('state', (e) => states.push(e));
    c.on('problem', () => undefined);
    clients.push(c);
    return { c, states };
  }

  it('mosquitto restarted under a session: calls in flight fail at once, the client retries, and the session comes back', async function () {
    const s = await robot();
    const { c, states } = client({
      sessionInactivityTimeoutMs: 5000,
      connectionInactivityTimeoutMs: 5000,
      requestTimeoutMs: 1500,
      queueWaitMs: 500,
    });
    await c.openOnce();
    // The robot holds its answers (frozen), so these calls are really in flight when the broker goes.
    s.signal('SIGSTOP');
    const calls = Array.from({ length: 10 }, () => settle(c.call('getConnections', {})));
    await waitFor(() => c.inFlightCount === 10, '10 calls in flight');
    const stoppedAt = Date.now();
    await broker?.stop();
    const results = await Promise.all(calls);
    for (const r of results) {
      assert.equal(r.ok, false);
      assert.ok(r.error instanceof KortexError, String(r.error));
      assert.equal(r.error.kind, 'DISCONNECTED', r.error.message);
      assert.match(r.error.message, /^GetConnections on 127\.0\.0\.1:\d+: connection lost \(/);
      assert.ok(r.at - stoppedAt < 1000, `failed ${r.at - stoppedAt} ms after the broker stopped, well within the 1500 ms timeout`);
    }
    s.signal('SIGCONT');
    await waitFor(
      () => states.some((e) => e.state === 'reconnecting' && typeof e.delayMs === 'number' && (e.attempt ?? 0) >= 1),
      'reconnecting with delay and attempt',
    );
    const down = await settle(c.call('keepAlive', {}));
    assert.equal(down.ok, false);
    assert.ok(down.error instanceof KortexError && down.error.kind === 'NOT_CONNECTED', String(down.error));

    await sleep(200);
    await broker?.start();
    await waitFor(() => c.state === 'open', 'the session after the broker restart', 8000);
    const list = await c.call('getConnections', {});
    assert.ok(list.payload.userConnections.some((x) => x.sessionIdentifier === c.sessionId));
    assert.notEqual(c.sessionId, 0);
  });

  it('robot killed (SIGKILL) with the broker up: calls time out clearly, keep-alive marks the link down, and a restarted robot serves a new session', async function () {
    const r1 = await robot();
    const { c, states } = client({ sessionInactivityTimeoutMs: 900, connectionInactivityTimeoutMs: 900 });
    await c.openOnce();
    r1.signal('SIGKILL');
    await r1.exited;
    const started = Date.now();
    const r = await settle(c.call('getConnections', {}));
    assert.equal(r.ok, false);
    assert.ok(r.error instanceof KortexError, String(r.error));
    assert.ok(['TIMEOUT', 'DISCONNECTED'].includes(String(r.error.kind)), r.error.message);
    assert.match(r.error.message, /^GetConnections on 127\.0\.0\.1:\d+: (no reply within 800 ms|connection lost)/);
    assert.ok(r.at - started <= 800 + 100, `failed after ${r.at - started} ms`);
    await waitFor(() => states.some((e) => e.state === 'reconnecting'), 'the link marked down', 3000);

    await robot();
    await waitFor(() => c.state === 'open', 'a session on the restarted robot', 8000);
    const list = await c.call('getConnections', {});
    assert.deepEqual(
      list.payload.userConnections.map((x) => x.sessionIdentifier),
      [c.sessionId],
    );
  });

  it('robot frozen (SIGSTOP) with the broker up: keep-alive notices within the inactivity time; SIGCONT brings the session back', async function () {
    const s = await robot();
    const inactivity = 900;
    const { c, states } = client({
      sessionInactivityTimeoutMs: inactivity,
      connectionInactivityTimeoutMs: inactivity,
      requestTimeoutMs: 600,
    });
    await c.openOnce();
    await sleep(200);
    const frozenAt = Date.now();
    s.signal('SIGSTOP');
    const down = await waitFor(() => states.find((e) => e.state === 'reconnecting'), 'the link marked down', 4000);
    const after = Date.now() - frozenAt;
    assert.match(String(down.error?.message), /stopped answering keep-alives/);
    assert.ok(after <= inactivity + 250, `noticed after ${after} ms`);
    await sleep(300);
    s.signal('SIGCONT');
    await waitFor(() => c.state === 'open', 'the session after SIGCONT', 8000);
    await c.call('getConnections', {});
  });
});
