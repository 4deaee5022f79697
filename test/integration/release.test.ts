/**
 * Handing the robot over (KortexSessionClient.release/acquire/reconnect) against the simulator:
 * a release says CloseSession and stays without a session, never retrying; calls fail at once with
 * RELEASED; acquire and reconnect log in again; a release also stops a pending retry, and the
 * pool keeps a release when a settings change replaces the client.
 */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { ClientPool } from '../../src/client/session/pool';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionState } from '../../src/client/session/states';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { freePort } from '../helpers/ports';
import { ManualClock } from '../helpers/manualClock';
import { sleep, waitFor } from '../helpers/wait';

describe('client: release, acquire, reconnect (handover)', function () {
  this.timeout(15000);
  let sim: RunningSimulator | undefined;
  const clients: KortexSessionClient[] = [];
  const pools: ClientPool[] = [];

  function options(port: number, overrides: Partial<SessionClientOptions> = {}): SessionClientOptions {
    return {
      host: '127.0.0.1',
      port,
      transport: 'tcp',
      username: 'admin',
      password: 'admin',
      reconnectInitialDelayMs: 20,
      reconnectMaxDelayMs: 100,
      requestTimeoutMs: 2000,
      ...overrides,
    };
  }

  function client(port: number, overrides: Partial<SessionClientOptions> = {}): { c: KortexSessionClient; states: SessionState[] } {
    const c = new KortexSessionClient(options(port, overrides));
    clients.push(c);
    const states: SessionState[] = [];
    c.on('state', (e) => states.push(e.state));
    return { c, states };
  }

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(pools.splice(0).map((p) => p.closeAll()));
    await sim?.close();
    sim = undefined;
  });

  it('release says CloseSession and stays released: calls fail at once with RELEASED, no retry; acquire and reconnect log in again', async () => {
    sim = await startSimulator({ generation: 'k3', transport: 'tcp', host: '127.0.0.1', port: 0 });
    const requests: string[] = [];
    sim.model.on('request', (name: string) => requests.push(name));
    // The client's timers on a manual clock: "no retry" is then checked by moving it, not by waiting.
    const clock = new ManualClock();
    const { c, states } = client(sim.port ?? 0, { clock });
    await c.openOnce();
    const first = c.sessionId;

    await c.release();
    assert.equal(c.state, 'released');
    assert.equal(c.sessionId, 0);
    assert.ok(requests.includes('CloseSession'), `requests: ${requests.join(', ')}`);
    assert.equal(sim.model.sessions().length, 0, 'the robot has no session of ours');
    await assert.rejects(c.call('getConnections', {}), (err: KortexError) => err.code === 'RELEASED' && /released/.test(err.message));
    // Many reconnect delays (at most 100 ms each) later: still released, nothing sent.
    const sent = requests.length;
    await clock.advance(10_000);
    assert.equal(c.state, 'released');
    assert.equal(requests.length, sent, 'nothing was sent while released');
    await c.release();
    assert.deepEqual(
      states.filter((s) => s === 'released'),
      ['released'],
      'a second release changes nothing',
    );

    c.acquire();
    await waitFor(() => c.state === 'open', 'the session after acquire');
    assert.notEqual(c.sessionId, first);
    assert.equal((await c.call('getConnections', {})).payload.userConnections.length, 1);

    const beforeReconnect = c.sessionId;
    await c.reconnect();
    await waitFor(() => c.state === 'open', 'the session after reconnect');
    assert.notEqual(c.sessionId, beforeReconnect);
    assert.deepEqual(
      sim.model.sessions().map((s) => s.sessionId),
      [c.sessionId],
      'the old session was closed, one is open',
    );
  });

  it('release stops the retries of an unreachable robot and fails the calls waiting for it', async () => {
    // A port where nothing listens: every attempt fails and is retried.
    const port = await freePort();
    const clock = new ManualClock();
    const { c, states } = client(port, { requestTimeoutMs: 5000, clock });
    c.start();
    await waitFor(() => states.includes('reconnecting'), 'a failed attempt');
    await clock.advance(100); // the longest reconnect delay: the retry is due
    await waitFor(() => states.filter((s) => s === 'reconnecting').length >= 2, 'two failed attempts');
    const waiting = c.call('getConnections', {});
    await c.release();
    await assert.rejects(waiting, (err: KortexError) => err.code === 'RELEASED');
    const attempts = states.filter((s) => s === 'connecting').length;
    await clock.advance(10_000);
    assert.equal(states.filter((s) => s === 'connecting').length, attempts, 'no attempt after the release');
    // Once the robot is there, acquire opens the session.
    sim = await startSimulator({ generation: 'k3', transport: 'tcp', host: '127.0.0.1', port });
    c.acquire();
    await waitFor(() => c.state === 'open', 'the session after acquire');
  });

  it('the pool keeps a release when a settings change replaces the client', async () => {
    sim = await startSimulator({ generation: 'k3', transport: 'tcp', host: '127.0.0.1', port: 0 });
    const pool = new ClientPool(50);
    pools.push(pool);
    const first = pool.acquire(options(sim.port ?? 0), 'node-1');
    await first.openOnce();
    await first.release();
    const replaced = pool.acquire(options(sim.port ?? 0, { requestTimeoutMs: 3000 }), 'node-1');
    assert.notEqual(replaced, first, 'new settings, new client');
    assert.equal(replaced.state, 'released');
    await sleep(200);
    assert.equal(sim.model.sessions().length, 0, 'the new client did not log in');
  });
});
