/**
 * The session client on a manual clock (SessionClientOptions.clock) over an in-memory transport:
 * the reconnect timer, the backoff and the admission wait run on the client's clock, so nothing
 * happens until the test moves it, and then exactly what is due.
 */
import assert from 'node:assert/strict';
import type { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import type { SessionStateEvent } from '../../src/client/session/states';
import { ManualClock, settle } from '../helpers/manualClock';
import { MemoryTransport, reply } from '../helpers/memoryTransport';

/**
 * A client whose every attempt gets a new in-memory transport (`refused`: all of them, or the first
 * so many, refuse to connect); `states` lists what it went through.
 */
function setUp(refused: boolean | number = false): {
  client: KortexSessionClient;
  clock: ManualClock;
  transports: MemoryTransport[];
  states: SessionStateEvent[];
} {
  const clock = new ManualClock();
  const transports: MemoryTransport[] = [];
  const client = new KortexSessionClient({
    host: 'memory',
    port: 1,
    transport: 'tcp',
    username: 'admin',
    password: 'admin',
    clock,
    // random() = 1: each delay is its ceiling (500, 1000, 2000, 4000 ms); no keep-alive timer.
    random: () => 1,
    keepAliveIntervalMs: 0,
    queueWaitMs: 300,
    transportFactory: () => {
      const transport = new MemoryTransport(false);
      if (refused === true || transports.length < Number(refused)) {
        transport.connect = () => Promise.reject(new Error('memory:1: connection refused'));
      }
      transports.push(transport);
      return transport;
    },
  });
  const states: SessionStateEvent[] = [];
  client.on('state', (e) => states.push(e));
  current = { client, clock };
  return { client, clock, transports, states };
}

/** The client of the running test and its clock: closing says CloseSession, bounded on that clock. */
let current: { client: KortexSessionClient; clock: ManualClock } | undefined;

/** Answers the CreateSession of the latest transport. */
async function logIn(transports: MemoryTransport[], sessionId: number): Promise<void> {
  await settle();
  const transport = transports[transports.length - 1];
  transport.emit('frame', reply(transport.sent[0], { sessionId }));
  await settle();
}

describe('session client on a manual clock', () => {
  afterEach(async () => {
    if (!current) return;
    const closed = current.client.close();
    await current.clock.advance(10_000);
    await closed;
    current = undefined;
  });

  it('a lost link is retried only when the clock has moved by the backoff delay, and then exactly once', async () => {
    const { client, clock, transports, states } = setUp();
    client.start();
    await logIn(transports, 7);
    assert.equal(client.state, 'open');

    transports[0].emit('down', new Error('memory:1: connection reset by the robot'));
    const reconnecting = states[states.length - 1];
    assert.equal(reconnecting.state, 'reconnecting');
    assert.equal(reconnecting.delayMs, 500);
    await clock.advance(499);
    assert.equal(transports.length, 1, 'no attempt before the delay is over');
    assert.equal(client.state, 'reconnecting');
    await clock.advance(1);
    assert.equal(transports.length, 2, 'one attempt once it is over');
    assert.equal(states.filter((e) => e.state === 'connecting').length, 2);
    await logIn(transports, 8);
    assert.equal(client.state, 'open');
    assert.equal(client.sessionId, 8);
    await clock.advance(60_000);
    assert.equal(transports.length, 2, 'no further attempt while the session is open');
  });

  it('a robot that never connects: each retry waits its own delay (500, then 1000 ms) on the clock', async () => {
    const { client, clock, transports, states } = setUp(true);
    client.start();
    await settle();
    assert.deepEqual(
      states.map((e) => e.state),
      ['connecting', 'reconnecting'],
    );
    assert.equal(states[1].delayMs, 500);
    await clock.advance(499);
    assert.equal(transports.length, 1);
    await clock.advance(1);
    assert.equal(transports.length, 2);
    assert.equal(states[states.length - 1].delayMs, 1000);
    await clock.advance(999);
    assert.equal(transports.length, 2);
    await clock.advance(1);
    assert.equal(transports.length, 3);
  });

  it('a call made while the robot is away fails NOT_CONNECTED after queueWaitMs on the clock, not before', async () => {
    const { client, clock, transports } = setUp();
    client.start();
    await logIn(transports, 7);
    transports[0].emit('down', new Error('memory:1: connection reset by the robot'));
    let failure: KortexError | undefined;
    void client.call('getConnections', {}).catch((err: KortexError) => {
      failure = err;
    });
    const failed = (): string | undefined => failure?.code;
    await clock.advance(299);
    assert.equal(failed(), undefined);
    assert.equal(client.queuedCount, 1);
    await clock.advance(1);
    assert.equal(failed(), 'NOT_CONNECTED');
    assert.equal(client.queuedCount, 0);
  });
});

const RESET_AFTER_MS = 10_000;
const lastReconnecting = (states: SessionStateEvent[]): SessionStateEvent => states.filter((e) => e.state === 'reconnecting').slice(-1)[0];

/** Three refused attempts (500, 1000, 2000 ms apart), then a login on the fourth. */
async function afterABadPeriod(s: ReturnType<typeof setUp>): Promise<void> {
  s.client.start();
  for (const delay of [500, 1000, 2000]) {
    await settle();
    assert.equal(lastReconnecting(s.states).delayMs, delay);
    await s.clock.advance(delay);
  }
  await settle();
  const transport = s.transports[s.transports.length - 1];
  transport.emit('frame', reply(transport.sent[0], { sessionId: 3 }));
  await settle();
  assert.equal(s.client.state, 'open');
}

describe('session client: the reconnect backoff is reset by a session that stayed open', () => {
  // After a bad period, a session open longer than backoffResetAfterMs (default 10 s) makes the next
  // link loss start again from the first attempt and the initial delay; one lost sooner keeps backing off.
  afterEach(async () => {
    if (!current) return;
    const closed = current.client.close();
    await current.clock.advance(10_000);
    await closed;
    current = undefined;
  });

  it('open longer than backoffResetAfterMs: the next loss is attempt 1, retried after the initial delay', async () => {
    const s = setUp(3);
    await afterABadPeriod(s);
    await s.clock.advance(RESET_AFTER_MS);
    s.transports[3].emit('down', new Error('memory:1: connection reset by the robot'));
    const last = lastReconnecting(s.states);
    assert.deepEqual({ attempt: last.attempt, delayMs: last.delayMs }, { attempt: 1, delayMs: 500 });
    await s.clock.advance(499);
    assert.equal(s.transports.length, 4);
    await s.clock.advance(1);
    assert.equal(s.transports.length, 5, 'reconnected after 500 ms, not 4 s');
  });

  it('open shorter than that: the next loss keeps backing off (attempt 4, 4 s)', async () => {
    const s = setUp(3);
    await afterABadPeriod(s);
    await s.clock.advance(RESET_AFTER_MS - 1);
    s.transports[3].emit('down', new Error('memory:1: connection reset by the robot'));
    const last = lastReconnecting(s.states);
    assert.deepEqual({ attempt: last.attempt, delayMs: last.delayMs }, { attempt: 4, delayMs: 4000 });
  });
});
