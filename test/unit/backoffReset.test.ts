/**
 * The client resets its reconnect backoff once a session has stayed open (issue: a mutation that
 * drops that reset survived the whole suite). After a bad period, a session open longer than
 * `backoffResetAfterMs` makes the next link loss start again from the first attempt and the initial
 * delay; a session lost sooner keeps backing off. On a manual clock over an in-memory robot.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import type { SessionStateEvent } from '../../src/client/session/states';
import { ManualClock, settle } from '../helpers/manualClock';
import { MemoryTransport, reply } from '../helpers/memoryTransport';

const RESET_AFTER_MS = 10_000;

/** A client whose first `failures` attempts are refused; random() = 1 makes each delay its ceiling (500, 1000, 2000, 4000 ms). */
function setUp(failures: number): {
  client: KortexSessionClient;
  clock: ManualClock;
  transports: MemoryTransport[];
  reconnecting: SessionStateEvent[];
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
    random: () => 1,
    keepAliveIntervalMs: 0,
    reconnectInitialDelayMs: 500,
    backoffResetAfterMs: RESET_AFTER_MS,
    transportFactory: () => {
      const transport = new MemoryTransport(false);
      if (transports.length < failures) transport.connect = () => Promise.reject(new Error('memory:1: connection refused'));
      transports.push(transport);
      return transport;
    },
  });
  const reconnecting: SessionStateEvent[] = [];
  client.on('state', (e) => {
    if (e.state === 'reconnecting') reconnecting.push(e);
  });
  current = { client, clock };
  return { client, clock, transports, reconnecting };
}

let current: { client: KortexSessionClient; clock: ManualClock } | undefined;

/** Three refused attempts (500, 1000, 2000 ms apart), then a login on the fourth. */
async function afterABadPeriod(s: ReturnType<typeof setUp>): Promise<void> {
  s.client.start();
  for (const delay of [500, 1000, 2000]) {
    await settle();
    assert.equal(s.reconnecting[s.reconnecting.length - 1].delayMs, delay);
    await s.clock.advance(delay);
  }
  await settle();
  const transport = s.transports[s.transports.length - 1];
  transport.emit('frame', reply(transport.sent[0], { sessionId: 3 }));
  await settle();
  assert.equal(s.client.state, 'open');
}

describe('session client: the reconnect backoff is reset by a session that stayed open', () => {
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
    const last = s.reconnecting[s.reconnecting.length - 1];
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
    const last = s.reconnecting[s.reconnecting.length - 1];
    assert.deepEqual({ attempt: last.attempt, delayMs: last.delayMs }, { attempt: 4, delayMs: 4000 });
  });
});
