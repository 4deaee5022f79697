/**
 * The client pool (src/client/session/pool.ts), as the nodes use it: who shares a session client
 * and who gets one of their own, what a settings change does, and how long a client nobody uses
 * stays (the redeploy grace). The clients point at a port where nothing listens: what is checked
 * here is who holds which client, not a session (the pool with a robot: test/nodered/sameSessions).
 */
import assert from 'node:assert/strict';
import { ClientPool, identityKey } from '../../src/client/session/pool';
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
    const quoted = p.acquire({ ...mqtt, password: 'a"\\', broker: { username: 'u', password: 's' } }, 'c');
    const plain = p.acquire({ ...mqtt, password: 'a', broker: { username: 'u', password: '"s' } }, 'd');
    assert.notEqual(quoted, plain, 'nor where quotes and backslashes meet');
  });

  it('a settings change by the only owner replaces the client (the old one closes); with another owner it stays shared', async () => {
    const p = pool as ClientPool;
    const first = p.acquire(base, 'a');
    const changed = p.acquire({ ...base, requestTimeoutMs: 999 }, 'a');
    assert.notEqual(changed, first);
    assert.notEqual(changed.state, 'released', 'the new client starts: only a released one stays released');
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

  it('the same settings written otherwise (another order, a setting left undefined) keep the client: no needless reconnect', () => {
    const p = pool as ClientPool;
    const first = p.acquire({ ...base, requestTimeoutMs: 999, keepAliveIntervalMs: 2000 }, 'a');
    const { host, port, transport, username, password, reconnectInitialDelayMs } = base;
    const reordered = {
      keepAliveIntervalMs: 2000,
      requestTimeoutMs: 999,
      reconnectInitialDelayMs,
      password,
      username,
      transport,
      port,
      host,
    };
    assert.equal(p.acquire({ ...reordered, connectTimeoutMs: undefined }, 'a'), first);
    assert.equal(p.size, 1);
  });

  it('releasing finds the owner on the robot it names: one owner on two robots, or one robot with two passwords', async () => {
    const p = pool as ClientPool;
    const other = { ...base, host: 'localhost' };
    const here = p.acquire(base, 'a');
    const there = p.acquire(other, 'a');
    await p.release(other, 'a', true);
    assert.deepEqual([here.state === 'closed', there.state, p.size], [false, 'closed', 1]);
    const wrong = p.acquire({ ...base, password: 'wrong' }, 'b');
    await p.release(base, 'b', true);
    assert.deepEqual([here.state === 'closed', wrong.state, p.size], [false, 'closed', 1], "b's own client closes, a's stays");
  });

  it('a broker login without a password and one with an empty password get their own clients (not the same CONNECT)', () => {
    const p = pool as ClientPool;
    const mqtt = { ...base, transport: 'mqtt' as const };
    const none = p.acquire({ ...mqtt, broker: { username: 'u' } }, 'a');
    const empty = p.acquire({ ...mqtt, broker: { username: 'u', password: '' } }, 'b');
    assert.notEqual(none, empty);
  });
});

describe('client pool: which settings are the same robot (identityKey, also used by the connection test)', () => {
  const robot = { transport: 'mqtt' as const, host: 'robot.local', username: 'admin' };
  const same = (a: Parameters<typeof identityKey>[0], b: Parameters<typeof identityKey>[0]): boolean => identityKey(a) === identityKey(b);

  it('the default port is the port written out; 8883 without TLS is another port', () => {
    assert.ok(same(robot, { ...robot, port: 1883 }));
    assert.ok(!same(robot, { ...robot, port: 8883 }), 'plain MQTT defaults to 1883');
    assert.ok(same({ ...robot, tls: {} }, { ...robot, tls: {}, port: 8883 }), 'MQTT over TLS defaults to 8883');
  });

  it("no setting's text passes for another's: a namespace that ends like a broker user is not that broker user", () => {
    assert.ok(!same({ ...robot, namespace: 'arm broker-user="u"' }, { ...robot, namespace: 'arm', broker: { username: 'u' } }));
  });

  it('an empty namespace is no namespace; two namespaces are two robots', () => {
    assert.ok(same(robot, { ...robot, namespace: '' }));
    assert.ok(!same({ ...robot, namespace: 'arm1' }, { ...robot, namespace: 'arm2' }));
  });

  it('a host name in other letter case is the same robot; straße.local is not strasse.local', () => {
    assert.ok(same(robot, { ...robot, host: 'ROBOT.Local' }));
    assert.ok(!same({ ...robot, host: 'straße.local' }, { ...robot, host: 'strasse.local' }));
  });

  it('every TLS setting counts: no CA list (the system CAs) is not an empty one (none), passphrase, certificate check, ALPN', () => {
    const tls = (t: NonNullable<Parameters<typeof identityKey>[0]['tls']>) => ({ ...robot, tls: t });
    assert.ok(!same(tls({}), tls({ ca: [] })), 'an empty CA list trusts no broker');
    assert.ok(!same(tls({ passphrase: 'one' }), tls({ passphrase: 'two' })));
    assert.ok(same(tls({}), tls({ rejectUnauthorized: true })), 'the check is on by default');
    assert.ok(!same(tls({}), tls({ rejectUnauthorized: false })));
    assert.ok(!same(tls({}), tls({ ALPNProtocols: ['mqtt'] })));
    assert.ok(!same(tls({ ca: 'PEM A' }), tls({ ca: ['PEM B'] })));
    assert.ok(same(tls({ ca: 'PEM A' }), tls({ ca: [Buffer.from('PEM A')] })), 'the same CA, as text or bytes');
    assert.ok(!same(tls({ cert: 'PEM A' }), tls({ key: 'PEM A' })));
    assert.ok(!same(tls({ ca: ['PEM A', 'PEM B'] }), tls({ ca: 'PEM A,PEM B' })), 'two CAs are not one');
    assert.ok(!same(tls({}), tls({ servername: 'robot' })));
  });
});
