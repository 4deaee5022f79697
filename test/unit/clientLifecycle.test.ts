/**
 * The session client's handover (release, acquire, reconnect), close and call path over an
 * in-memory robot on a manual clock: every frame the client sends is seen, and the robot answers
 * (or not) when the test says, so what goes out while a release or a close still waits for the
 * robot, and what a call waiting for its turn gets, is checked.
 */
import assert from 'node:assert/strict';
import type { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import type { SessionClientOptions } from '../../src/client/session/options';
import type { SessionStateEvent } from '../../src/client/session/states';
import { redact } from '../../src/client/core/redact';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { ManualClock, settle } from '../helpers/manualClock';
import { MemoryTransport, SentFrame, notificationFrame, reply } from '../helpers/memoryTransport';

interface Robot {
  client: KortexSessionClient;
  clock: ManualClock;
  transports: MemoryTransport[];
  states: SessionStateEvent[];
  problems: Error[];
  /** The client's log lines. */
  lines: string[];
}

/** `connect`: what the transport of attempt `index` (0 first) does instead of connecting at once. */
function robot(overrides: Partial<SessionClientOptions> = {}, connect?: (index: number) => Promise<void>): Robot {
  const clock = new ManualClock();
  const transports: MemoryTransport[] = [];
  const lines: string[] = [];
  const client = new KortexSessionClient({
    log: (line) => lines.push(line),
    host: 'memory',
    port: 1,
    transport: 'tcp',
    username: 'admin',
    password: 'admin',
    clock,
    random: () => 1,
    keepAliveIntervalMs: 0,
    closeTimeoutMs: 1000,
    queueWaitMs: 300,
    ...overrides,
    transportFactory: () => {
      const transport = new MemoryTransport(false);
      const index = transports.length;
      if (connect) transport.connect = () => connect(index);
      transports.push(transport);
      return transport;
    },
  });
  const states: SessionStateEvent[] = [];
  const problems: Error[] = [];
  client.on('state', (e) => states.push(e));
  client.on('problem', (e) => problems.push(e));
  return { client, clock, transports, states, problems, lines };
}

const sentOf = (t: MemoryTransport, rpc: { functionId: number }): SentFrame[] =>
  t.sent.filter((s) => ((s.header.serviceInfo >>> 16) & 0xfff) === 1 && s.functionId === rpc.functionId);

/** Answers the CreateSession of the newest transport with `sessionId`. */
async function logIn(r: Robot, sessionId: number): Promise<MemoryTransport> {
  await settle();
  const t = r.transports[r.transports.length - 1];
  t.emit('frame', reply(sentOf(t, SessionRpcs.createSession)[0], { sessionId }));
  await settle();
  assert.equal(r.client.state, 'open');
  return t;
}

/** Whether `promise` has settled by now. */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await settle();
  return settled;
}

describe('session client: release, acquire, reconnect, close and calls, frame by frame', () => {
  let current: Robot | undefined;
  afterEach(async () => {
    if (!current) return;
    const closed = current.client.close();
    await current.clock.advance(10_000);
    await closed;
    current = undefined;
  });

  it('a release while logging in says no CloseSession (there is no session yet); one while open does', async () => {
    const r = (current = robot());
    r.client.start();
    await settle();
    const t1 = r.transports[0];
    assert.equal(sentOf(t1, SessionRpcs.createSession).length, 1);
    await r.client.release();
    assert.equal(sentOf(t1, SessionRpcs.closeSession).length, 0);
    assert.deepEqual(r.lines.slice(-1), ['memory:1: session 0 released']);
    r.client.acquire();
    const t2 = await logIn(r, 7);
    const released = r.client.release();
    await settle();
    assert.equal(sentOf(t2, SessionRpcs.closeSession).length, 1);
    t2.emit('frame', reply(sentOf(t2, SessionRpcs.closeSession)[0], { sessionId: 7 }));
    await released;
  });

  it('acquire() while open does nothing: the session stays as it is', async () => {
    const r = (current = robot());
    r.client.start();
    await logIn(r, 7);
    r.client.acquire();
    await settle();
    assert.equal(r.client.state, 'open');
    assert.equal(r.client.sessionId, 7);
    assert.equal(r.transports.length, 1);
  });

  it('a release() while the previous one still waits for its CloseSession answer resolves only once its own session is closed', async () => {
    const r = (current = robot());
    r.client.start();
    const t1 = await logIn(r, 7);
    const first = r.client.release(); // CloseSession on t1, not answered yet
    r.client.acquire();
    const t2 = await logIn(r, 8);
    const second = r.client.release(); // CloseSession on t2
    await settle();
    t1.emit('frame', reply(sentOf(t1, SessionRpcs.closeSession)[0], { sessionId: 7 }));
    await first;
    const again = r.client.release(); // already released: waits for the release under way
    assert.equal(await settledNow(again), false, 'session 8 is not closed yet');
    t2.emit('frame', reply(sentOf(t2, SessionRpcs.closeSession)[0], { sessionId: 8 }));
    await second;
    assert.equal(await settledNow(again), true);
  });

  it('reconnect() on a closing or closed client returns at once, without waiting for a release under way', async () => {
    const r = (current = robot());
    r.client.start();
    await logIn(r, 7);
    const released = r.client.release(); // its CloseSession is never answered: bounded by closeTimeoutMs
    const closed = r.client.close();
    assert.equal(r.client.state, 'closing');
    assert.equal(await settledNow(r.client.reconnect()), true, 'while closing');
    await closed;
    assert.equal(r.client.state, 'closed');
    assert.equal(await settledNow(r.client.reconnect()), true, 'once closed');
    assert.equal(await settledNow(released), false, 'the release still waits for its CloseSession');
    await r.clock.advance(1000);
    await released;
    current = undefined;
  });

  it('notifications dropped by a lost link and by a released one still count once the next session is open', async () => {
    const r = (current = robot());
    r.client.start();
    const t1 = await logIn(r, 7);
    t1.emit('frame', notificationFrame(2, 176, 9, Buffer.alloc(0)));
    assert.equal(r.client.droppedNotifications, 1);
    t1.emit('down', new Error('memory:1: connection reset by the robot'));
    await r.clock.advance(500);
    const t2 = await logIn(r, 8);
    t2.emit('frame', notificationFrame(2, 176, 9, Buffer.alloc(0)));
    assert.equal(r.client.droppedNotifications, 2);
    const released = r.client.release();
    await r.clock.advance(1000);
    await released;
    r.client.acquire();
    await logIn(r, 9);
    assert.equal(r.client.droppedNotifications, 2);
  });

  it('calls in flight when the session is released fail with RELEASED, saying so', async () => {
    const r = (current = robot());
    r.client.start();
    await logIn(r, 7);
    const call = r.client.call('getConnections', {});
    const released = r.client.release();
    const failed = assert.rejects(
      call,
      (err: KortexError) => err.code === 'RELEASED' && err.message === 'GetConnections on memory:1: the session was released (handed over)',
    );
    await r.clock.advance(1000); // CloseSession is not answered: the release ends at closeTimeoutMs
    await failed;
    await released;
  });

  it('a release while waiting to retry cancels the retry: no timer is left', async () => {
    const r = (current = robot({}, () => Promise.reject(new Error('memory:1: connection refused'))));
    r.client.start();
    await settle();
    assert.equal(r.client.state, 'reconnecting');
    assert.equal(r.clock.pending, 1, 'the retry');
    await r.client.release();
    assert.equal(r.clock.pending, 0);
  });

  it('a call waiting for a free slot while the session is open fails TIMEOUT after queueWaitMs, naming the wait', async () => {
    const r = (current = robot({ maxInFlight: 1 }));
    r.client.start();
    await logIn(r, 7);
    void r.client.call('getConnections', {}).catch(() => undefined); // never answered: holds the only slot
    const waiting = r.client.call('getConnections', {});
    const failed = assert.rejects(
      waiting,
      (err: KortexError) => err.code === 'TIMEOUT' && err.message === 'GetConnections on memory:1: waited 300 ms for a free request slot',
    );
    await r.clock.advance(300);
    await failed;
  });

  it('a call while the first attempt is still connecting fails NOT_CONNECTED after queueWaitMs, with no reason yet', async () => {
    const r = (current = robot({ connectTimeoutMs: 60_000 }, () => new Promise(() => undefined)));
    const waiting = r.client.call('getConnections', {});
    const failed = assert.rejects(
      waiting,
      (err: KortexError) => err.code === 'NOT_CONNECTED' && err.message === 'GetConnections on memory:1: robot not reachable for 300 ms',
    );
    await r.clock.advance(300);
    await failed;
  });

  it("a request that cannot be encoded fails INVALID_INPUT with the encoder's own text, and nothing is sent", async () => {
    const r = (current = robot());
    r.client.start();
    const t = await logIn(r, 7);
    const sent = t.sent.length;
    const broken = {
      ...SessionRpcs.getConnections,
      encodeRequest: () => {
        throw new Error('no encoder for this');
      },
    };
    await assert.rejects(
      r.client.callRpc(broken, {}),
      (err: KortexError) =>
        err.code === 'INVALID_INPUT' && err.message === 'GetConnections on memory:1: cannot encode the request: no encoder for this',
    );
    assert.equal(t.sent.length, sent);
  });

  it('a call after close() fails at once with CLOSED', async () => {
    const r = (current = robot());
    r.client.start();
    await logIn(r, 7);
    const closed = r.client.close();
    await r.clock.advance(1000);
    await closed;
    current = undefined;
    await assert.rejects(
      r.client.call('getConnections', {}),
      (err: KortexError) => err.code === 'CLOSED' && err.message === 'GetConnections on memory:1: the session client is closed',
    );
  });

  it('a queued call whose turn comes as the client closes, or as the link goes down, is not sent: NOT_CONNECTED, with the reason', async () => {
    const r = (current = robot({ maxInFlight: 1 }));
    r.client.start();
    const t1 = await logIn(r, 7);
    const first = r.client.call('getConnections', {});
    const second = r.client.call('getConnections', {});
    await settle();
    const asked = sentOf(t1, SessionRpcs.getConnections);
    assert.equal(asked.length, 1, 'the second call waits for the slot');
    // The answer frees the slot for the second call; before that call goes, the link goes down.
    t1.emit('frame', reply(asked[0], { sessionId: 7, payload: '' }));
    t1.emit('down', new Error('memory:1: connection reset by the robot'));
    await first;
    await assert.rejects(
      second,
      (err: KortexError) =>
        err.code === 'NOT_CONNECTED' && err.message === 'GetConnections on memory:1: robot is not connected: connection reset by the robot',
    );
    assert.equal(sentOf(t1, SessionRpcs.getConnections).length, 1);

    await r.clock.advance(500);
    const t2 = await logIn(r, 8);
    const third = r.client.call('getConnections', {});
    const fourth = r.client.call('getConnections', {});
    await settle();
    t2.emit('frame', reply(sentOf(t2, SessionRpcs.getConnections)[0], { sessionId: 8, payload: '' }));
    const closed = r.client.close();
    await third;
    await assert.rejects(
      fourth,
      (err: KortexError) => err.code === 'NOT_CONNECTED' && err.message === 'GetConnections on memory:1: robot is not connected',
    );
    assert.equal(sentOf(t2, SessionRpcs.getConnections).length, 1, 'nothing sent while closing');
    await r.clock.advance(1000);
    await closed;
    current = undefined;
  });

  it('eleven nodes listening to one client is normal: no leak warning', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => void warnings.push(w);
    process.on('warning', onWarning);
    try {
      const r = (current = robot());
      for (let n = 0; n < 11; n++) r.client.on('state', () => undefined);
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(
      warnings.map((w) => w.name),
      [],
    );
  });

  it('a close while logging in says no CloseSession; calls waiting then fail at once, and one in flight fails, with CLOSED', async () => {
    const r = (current = robot());
    r.client.start();
    await settle();
    const t = r.transports[0];
    const waiting = r.client.call('getConnections', {});
    const closed = r.client.close();
    await assert.rejects(
      waiting,
      (err: KortexError) => err.code === 'CLOSED' && err.message === 'GetConnections on memory:1: the session client is closed',
    );
    await closed;
    current = undefined;
    assert.equal(sentOf(t, SessionRpcs.closeSession).length, 0);

    const s = (current = robot());
    s.client.start();
    await logIn(s, 7);
    const inFlight = s.client.call('getConnections', {});
    const closing = s.client.close();
    const failed = assert.rejects(
      inFlight,
      (err: KortexError) => err.code === 'CLOSED' && err.message === 'GetConnections on memory:1: the session client is closed',
    );
    await s.clock.advance(1000); // CloseSession is not answered
    await failed;
    await closing;
    current = undefined;
    assert.equal(s.client.sessionId, 0, 'no session once closed');
    assert.deepEqual(s.lines.slice(-1), ['memory:1: closed']);
  });

  it('a state listener that throws while closing: the close goes on to closed, every other listener hears each state, and the error is a problem event', async () => {
    const r = (current = robot());
    const heard: string[] = [];
    r.client.on('state', (e) => {
      if (e.state === 'closing') throw new Error('a flow bug');
    });
    r.client.on('state', (e) => heard.push(e.state));
    r.client.once('state', (e) => heard.push(`once: ${e.state}`));
    await r.client.close();
    current = undefined;
    assert.deepEqual(
      r.problems.map((p) => p.message),
      ['a flow bug'],
    );
    assert.equal(r.client.state, 'closed');
    assert.deepEqual(heard, ['closing', 'once: closing', 'closed']);
  });

  it('its password is masked in texts while the client lives, and no longer once it is closed', async () => {
    const r = (current = robot({ password: 'Qx7-unique-pw' }));
    assert.equal(redact('said Qx7-unique-pw'), 'said ***');
    await r.client.close();
    current = undefined;
    assert.equal(redact('said Qx7-unique-pw'), 'said Qx7-unique-pw');
  });

  it("a refused login: calls waiting fail at once with the robot's answer, and it stands while the next attempt cannot even connect", async () => {
    const r = (current = robot({}, (index) =>
      index === 0 ? Promise.resolve() : Promise.reject(new Error('memory:1: connection refused')),
    ));
    r.client.start();
    await settle();
    const t = r.transports[0];
    const waiting = r.client.call('getConnections', {});
    t.emit(
      'frame',
      reply(sentOf(t, SessionRpcs.createSession)[0], {
        error: [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_PASSWORD, 'bad password'],
      }),
    );
    await assert.rejects(waiting, (err: KortexError) => {
      assert.equal(err.code, 'ERROR_DEVICE/INVALID_PASSWORD');
      assert.equal(
        err.message,
        'GetConnections on memory:1: ERROR_DEVICE/INVALID_PASSWORD (robot says: bad password) - the robot refused the login',
      );
      return true;
    });
    const refused = r.states.filter((e) => e.state === 'reconnecting');
    assert.deepEqual(
      refused.map((e) => e.authFailed),
      [true],
    );
    assert.match(r.lines[r.lines.length - 1], /^memory:1: login refused: .*INVALID_PASSWORD.*; next attempt in \d+ ms$/);
    await r.clock.advance(refused[0].delayMs ?? 0);
    await settle();
    assert.deepEqual(
      r.states.filter((e) => e.state === 'reconnecting').map((e) => e.authFailed),
      [true, true],
      "the refusal stands: nothing has changed the robot's mind",
    );
  });

  it('a session the robot no longer knows (KeepAlive answered with an error) is logged as lost', async () => {
    const r = (current = robot({ keepAliveIntervalMs: 1000 }));
    r.client.start();
    const t = await logIn(r, 7);
    await r.clock.advance(1000);
    const keepAlive = sentOf(t, SessionRpcs.keepAlive);
    assert.equal(keepAlive.length, 1);
    t.emit(
      'frame',
      reply(keepAlive[0], { sessionId: 7, error: [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_SESSION, 'unknown session'] }),
    );
    await settle();
    assert.equal(r.states[r.states.length - 1].sessionLost, true);
    assert.match(
      r.lines[r.lines.length - 1],
      /^memory:1: session lost: KeepAlive on memory:1: the robot no longer knows this session \(KeepAlive answered ERROR_DEVICE\/INVALID_SESSION\); next attempt in \d+ ms$/,
    );
  });

  it('the port when none is given: 10000 for Kortex 2 TCP, 1883 for MQTT, 8883 for MQTT over TLS', async () => {
    const label = async (o: Partial<SessionClientOptions>): Promise<string> => {
      const client = new KortexSessionClient({ host: '10.0.0.9', username: 'admin', password: 'admin', transport: 'tcp', ...o });
      await client.close(); // never started: closing only gives back its password and user name
      return client.robot;
    };
    assert.equal(await label({ transport: 'tcp' }), '10.0.0.9:10000');
    assert.equal(await label({ transport: 'mqtt' }), '10.0.0.9:1883');
    assert.equal(await label({ transport: 'mqtt', tls: {} }), '10.0.0.9:8883');
  });

  it('keep-alive by default every third of the smaller inactivity timeout that is on', async () => {
    for (const [sessionInactivityTimeoutMs, connectionInactivityTimeoutMs] of [
      [6000, 30_000],
      [0, 6000],
    ]) {
      const r = (current = robot({ keepAliveIntervalMs: undefined, sessionInactivityTimeoutMs, connectionInactivityTimeoutMs }));
      r.client.start();
      const t = await logIn(r, 7);
      await r.clock.advance(1999);
      assert.equal(sentOf(t, SessionRpcs.keepAlive).length, 0, `${sessionInactivityTimeoutMs}/${connectionInactivityTimeoutMs}: not yet`);
      await r.clock.advance(1);
      assert.equal(sentOf(t, SessionRpcs.keepAlive).length, 1, `${sessionInactivityTimeoutMs}/${connectionInactivityTimeoutMs}: after 2 s`);
      const closed = r.client.close();
      await r.clock.advance(1000);
      await closed;
      current = undefined;
    }
  });
});
