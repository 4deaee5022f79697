/**
 * The client pool (src/client/session/pool.ts), as the nodes use it: who shares a session client
 * and who gets one of their own, what a settings change does, and how long a client nobody uses
 * stays (the redeploy grace). The clients point at a port where nothing listens: what is checked
 * here is who holds which client, not a session (the pool with a robot: test/nodered/sameSessions).
 */
import assert from 'node:assert/strict';
import { ClientPool } from '../../src/client/session/pool';
import type { SessionClientOptions } from '../../src/client/session/options';
import { freePort } from '../helpers/ports';
import { ManualClock } from '../helpers/manualClock';
import { waitFor } from '../helpers/wait';

describe('client pool: sharing, isolation, grace', () => {
  let pool: ClientPool | undefined;
  let base: SessionClientOptions;
  const clock = new ManualClock();

  beforeEach(async () => {
    pool = new ClientPool(1000, clock);
    base = {
      host: '127.0.0.1',
      port: await freePort(),
      transport: 'tcp',
      username: 'admin',
      password: 'admin',
      reconnectInitialDelayMs: 60_000,
    };
  });
  afterEach(async () => {
    await pool?.closeAll();
    pool = undefined;
  });

  it('one client per robot, user and passwords: the same settings share it, another password, user or broker login gets its own', () => {
    const p = pool as ClientPool;
    const shared = p.acquire({ ...base, host: 'localhost' }, 'a');
    assert.equal(p.acquire({ ...base, host: 'LocalHost' }, 'b'), shared, 'a host name in other letters is the same robot');
    assert.equal(p.ownerCount({ ...base, host: 'localhost' }), 2);
    const others = [
      p.acquire({ ...base, password: 'wrong' }, 'c'),
      p.acquire({ ...base, username: 'operator' }, 'd'),
      p.acquire({ ...base, transport: 'mqtt', broker: { username: 'u', password: 'p1' } }, 'e'),
      p.acquire({ ...base, transport: 'mqtt', broker: { username: 'u', password: 'p2' } }, 'f'),
    ];
    assert.equal(new Set([shared, ...others]).size, 5, 'each its own client');
    assert.equal(p.size, 5);
    assert.equal(p.ownerCount({ ...base, username: 'operator' }), 1);
    assert.equal(p.ownerCount({ ...base, username: 'nobody' }), 0);
    assert.equal(
      p.ownerCount({ ...base, transport: 'mqtt', broker: { username: 'u', password: 'p1' } }),
      2,
      'both broker logins of user u',
    );
    assert.equal(p.ownerCount({ ...base, transport: 'mqtt', broker: { username: 'v', password: 'p1' } }), 0, 'another broker user');
  });

  it('the robot and broker passwords are told apart where they meet: "ab" + "c" is not "a" + "bc"', () => {
    const p = pool as ClientPool;
    const mqtt = { ...base, transport: 'mqtt' as const };
    const one = p.acquire({ ...mqtt, password: 'ab', broker: { username: 'u', password: 'c' } }, 'a');
    const other = p.acquire({ ...mqtt, password: 'a', broker: { username: 'u', password: 'bc' } }, 'b');
    assert.notEqual(one, other, 'a wrong robot password must not borrow the session');
  });

  it('a settings change by the only owner replaces the client (the old one closes); with another owner it stays shared', async () => {
    const p = pool as ClientPool;
    const first = p.acquire(base, 'a');
    const changed = p.acquire({ ...base, requestTimeoutMs: 999 }, 'a');
    assert.notEqual(changed, first);
    await waitFor(() => first.state === 'closed', 'the old client closed');
    assert.equal(p.size, 1);
    p.acquire({ ...base, requestTimeoutMs: 999 }, 'b');
    assert.equal(p.acquire({ ...base, requestTimeoutMs: 1234 }, 'a'), changed, 'b still uses it');
    assert.notEqual(changed.state, 'closed');
  });

  it('a client nobody uses stays for the grace period, is reused within it, closes after it; at once when its node is removed', async () => {
    const p = pool as ClientPool;
    const client = p.acquire(base, 'a');
    await p.release(base, 'a', false);
    await clock.advance(999);
    assert.equal(p.acquire(base, 'a'), client, 'a redeploy within the grace finds it');
    await p.release(base, 'a', false);
    await p.release(base, 'a', false); // a second release of the same owner changes nothing
    await clock.advance(999);
    assert.notEqual(client.state, 'closed');
    await clock.advance(1);
    assert.deepEqual([client.state, p.size, clock.pending], ['closed', 0, 0]);
    const next = p.acquire(base, 'a');
    assert.notEqual(next, client);
    await p.release(base, 'a', true);
    assert.deepEqual([next.state, p.size, clock.pending], ['closed', 0, 0]);
  });

  it('closing the pool during a grace period closes the client and leaves no timer', async () => {
    const p = pool as ClientPool;
    const client = p.acquire(base, 'a');
    await p.release(base, 'a', false);
    await p.closeAll();
    assert.deepEqual([client.state, p.size, clock.pending], ['closed', 0, 0]);
  });

  it('a client still used by one owner stays when another releases it', async () => {
    const p = pool as ClientPool;
    const client = p.acquire(base, 'a');
    p.acquire(base, 'b');
    await p.release(base, 'a', true);
    await clock.advance(5000);
    assert.deepEqual([client.state === 'closed', p.size, p.ownerCount(base)], [false, 1, 1]);
  });
});
