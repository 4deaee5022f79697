/**
 * Request admission (src/client/session/admission.ts): slots in flight, the bounded queue, how long a
 * request may wait, the order waiting requests start in, and failing them all at once.
 */
import assert from 'node:assert/strict';
import { AdmissionQueue } from '../../src/client/session/admission';
import { KortexError } from '../../src/client/core/errors';
import { ManualClock } from '../helpers/manualClock';

/** Lets every promise chain started so far run to its end. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function setUp(o: { maxInFlight?: number; maxQueued?: number; queueWaitMs?: number; open?: boolean; clock?: ManualClock } = {}): {
  queue: AdmissionQueue;
  link: { open: boolean };
} {
  const link = { open: o.open ?? true };
  const queue = new AdmissionQueue(
    { maxInFlight: o.maxInFlight ?? 2, maxQueued: o.maxQueued ?? 2, queueWaitMs: o.queueWaitMs ?? 60000, clock: o.clock },
    {
      robot: () => 'robot:1',
      isOpen: () => link.open,
      waitExpired: (rpc, waitedMs) => new KortexError(`waited ${waitedMs} ms`, { kind: 'TIMEOUT', rpc, robot: 'robot:1' }),
    },
  );
  return { queue, link };
}

/** The settled state of a Promise, readable at any time. */
function track(p: Promise<void>): { done: boolean; error?: Error } {
  const t: { done: boolean; error?: Error } = { done: false };
  p.then(
    () => {
      t.done = true;
    },
    (error: Error) => {
      t.done = true;
      t.error = error;
    },
  );
  return t;
}

describe('admission queue', () => {
  it('takes a slot at once while the session is open and slots are free, up to maxInFlight', () => {
    const { queue, link } = setUp();
    assert.equal(queue.tryTake(), true);
    assert.equal(queue.tryTake(), true);
    assert.equal(queue.tryTake(), false, 'maxInFlight reached');
    assert.equal(queue.inFlightCount, 2);
    queue.release();
    link.open = false;
    assert.equal(queue.tryTake(), false, 'a free slot, but the session is not open');
    link.open = true;
    assert.equal(queue.tryTake(), true);
  });

  it('queues at most maxQueued requests; the next one fails at once with QUEUE_FULL', async () => {
    const { queue } = setUp({ maxInFlight: 1, maxQueued: 2 });
    await queue.acquire('GetConnections');
    const waiting = [track(queue.acquire('A')), track(queue.acquire('B'))];
    assert.equal(queue.queuedCount, 2);
    const err = await queue.acquire('C').then(
      () => assert.fail('admitted'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof KortexError);
    assert.equal(err.kind, 'QUEUE_FULL');
    assert.equal(err.rpc, 'C');
    assert.match(err.message, /request queue full \(2 waiting, 1 in flight\)/);
    await settle();
    assert.ok(waiting.every((w) => !w.done));
    queue.failWaiting(() => new Error('test over'));
  });

  it('nobody jumps the queue: tryTake refuses while someone waits, even with a slot free', async () => {
    const { queue, link } = setUp({ maxInFlight: 1 });
    link.open = false;
    const waiter = track(queue.acquire('A'));
    link.open = true;
    assert.equal(queue.tryTake(), false);
    queue.drain();
    await settle();
    assert.equal(waiter.done, true);
    assert.equal(queue.inFlightCount, 1);
  });

  it('a request that waits longer than queueWaitMs fails with the error the client builds, and leaves the queue', async () => {
    const { queue } = setUp({ maxInFlight: 1, queueWaitMs: 30 });
    assert.equal(queue.tryTake(), true);
    const started = Date.now();
    const err = await queue.acquire('GetConnections').then(
      () => assert.fail('admitted'),
      (e: unknown) => e,
    );
    assert.ok(Date.now() - started >= 25);
    assert.ok(err instanceof KortexError);
    assert.equal(err.kind, 'TIMEOUT');
    assert.match(err.message, /waited 30 ms/);
    assert.equal(queue.queuedCount, 0);
    queue.release();
    assert.equal(queue.inFlightCount, 0, 'the expired request never took a slot');
  });

  it('starts waiting requests in arrival order as slots free up, and only while the session is open', async () => {
    const { queue, link } = setUp({ maxInFlight: 1, maxQueued: 5 });
    const order: string[] = [];
    link.open = false;
    for (const rpc of ['A', 'B', 'C']) void queue.acquire(rpc).then(() => order.push(rpc));
    queue.drain();
    await settle();
    assert.deepEqual(order, [], 'not open: nobody starts');
    link.open = true;
    queue.drain();
    await settle();
    assert.deepEqual(order, ['A'], 'one slot');
    queue.release();
    await settle();
    assert.deepEqual(order, ['A', 'B']);
    queue.release();
    await settle();
    assert.deepEqual(order, ['A', 'B', 'C']);
    assert.equal(queue.queuedCount, 0);
    assert.equal(queue.inFlightCount, 1);
  });

  it('a waiting request that starts or fails takes its wait timer with it', async () => {
    const clock = new ManualClock();
    const { queue } = setUp({ maxInFlight: 1, clock });
    await queue.acquire('GetConnections');
    const started = track(queue.acquire('A'));
    const failed = track(queue.acquire('B'));
    assert.equal(clock.pending, 2);
    queue.release();
    await settle();
    assert.deepEqual([started.done, clock.pending], [true, 1]);
    queue.failWaiting((rpc) => new KortexError(`${rpc}: closed`, { kind: 'CLOSED' }));
    await settle();
    assert.deepEqual([failed.error?.message, clock.pending], ['B: closed', 0]);
  });

  it('failWaiting fails every waiting request with the error built for its RPC; slots in flight stay taken', async () => {
    const { queue } = setUp({ maxInFlight: 1, maxQueued: 5 });
    assert.equal(queue.tryTake(), true);
    const waiting = ['A', 'B'].map((rpc) => track(queue.acquire(rpc)));
    queue.failWaiting((rpc) => new Error(`closed ${rpc}`));
    await settle();
    assert.deepEqual(
      waiting.map((w) => w.error?.message),
      ['closed A', 'closed B'],
    );
    assert.equal(queue.queuedCount, 0);
    assert.equal(queue.inFlightCount, 1);
  });
});
