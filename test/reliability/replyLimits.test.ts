/**
 * Replies over the limits (src/protocol/limits.ts) from a hostile Kortex 2 robot on 127.0.0.1: a
 * 16 MB GetConnections reply (8 million empty entries) and one under the size limit holding half a
 * million. Each fails its own call with BAD_RESPONSE naming the figure and the limit, within
 * seconds and without holding the reply; the session stays open and the next call works.
 */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import { MAX_LIST_ENTRIES } from '../../src/protocol/limits';
import { BOMB_PAYLOAD_BYTES, BombRobot, MANY_ENTRIES, startBombRobot } from '../helpers/bombRobot';
import { failOnUncaught } from '../helpers/guards';

describe('reliability: replies over the limits (K2 over TCP)', function () {
  this.timeout(15000);
  let robot: BombRobot | undefined;
  let client: KortexSessionClient | undefined;

  afterEach(async () => {
    await client?.close();
    await robot?.close();
    client = robot = undefined;
  });
  failOnUncaught();

  async function openSession(): Promise<{ robot: BombRobot; client: KortexSessionClient }> {
    robot = await startBombRobot();
    client = new KortexSessionClient({
      host: '127.0.0.1',
      port: robot.port,
      transport: 'tcp',
      username: 'admin',
      password: 'admin',
      requestTimeoutMs: 10_000,
      connectTimeoutMs: 2000,
      reconnectInitialDelayMs: 50,
    });
    await client.openOnce();
    return { robot, client };
  }

  async function failure(call: Promise<unknown>): Promise<KortexError> {
    const err = await call.then(
      () => assert.fail('the call succeeded'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof KortexError, String(err));
    return err;
  }

  async function assertSessionGoesOn(r: BombRobot, c: KortexSessionClient, sessionId: number): Promise<void> {
    const next = await c.call('getConnections', {});
    assert.equal(next.payload.connection.length, 1, 'the next call gets the ordinary list');
    assert.equal(c.sessionId, sessionId, 'same session');
    assert.equal(r.connections(), 1, 'the link was never dropped');
    assert.equal(r.logins(), 1, 'no second login');
  }

  it('a 16 MB reply fails that call with BAD_RESPONSE naming its size and the 1 MiB limit; the session goes on', async () => {
    const { robot: r, client: c } = await openSession();
    const sessionId = c.sessionId;
    r.queue('bomb16MB');
    const started = Date.now();
    const err = await failure(c.call('getConnections', {}));
    const ms = Date.now() - started;
    assert.equal(err.code, 'BAD_RESPONSE');
    const frameBytes = BOMB_PAYLOAD_BYTES + 27; // header field (22 bytes), payload tag and 4-byte length
    assert.match(
      err.message,
      new RegExp(
        `^GetConnections on 127\\.0\\.0\\.1:\\d+: reply of ${frameBytes} bytes \\(16\\.0 MB\\) exceeds the limit of 1048576 bytes \\(1\\.0 MB\\)`,
      ),
    );
    assert.ok(ms < 5000, `failed after ${ms} ms`);
    await assertSessionGoesOn(r, c, sessionId);
  });

  it("an oversized notification with a pending call's message id and function fails no call: it is a problem, and the reply that follows answers the call", async () => {
    const { robot: r, client: c } = await openSession();
    const problems: Error[] = [];
    c.on('problem', (err) => problems.push(err));
    r.queue('oversizedNotificationFirst');
    const reply = await c.call('getConnections', {});
    assert.equal(reply.payload.connection.length, 1, 'the call got its own reply');
    assert.ok(
      problems.some((p) => /exceeds the limit of 1048576 bytes/.test(p.message)),
      `a problem names the oversized frame: ${problems.map((p) => p.message).join(' | ')}`,
    );
    await assertSessionGoesOn(r, c, c.sessionId);
  });

  it(`a reply under the size limit with half a million entries fails with BAD_RESPONSE naming the count and the ${MAX_LIST_ENTRIES} limit`, async () => {
    const { robot: r, client: c } = await openSession();
    const sessionId = c.sessionId;
    r.queue('manyEntries');
    const err = await failure(c.call('getConnections', {}));
    assert.equal(err.code, 'BAD_RESPONSE');
    assert.match(
      err.message,
      new RegExp(
        `^GetConnections on 127\\.0\\.0\\.1:\\d+: .*ConnectionList\\.connection has ${MANY_ENTRIES} connections, over the limit of ${MAX_LIST_ENTRIES}`,
      ),
    );
    await assertSessionGoesOn(r, c, sessionId);
  });
});
