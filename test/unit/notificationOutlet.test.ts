/**
 * The seam for notifications at the link (src/client/link/notifications.ts, router.ts): the router
 * hands NOTIFICATION frames to the link's outlet, which delivers each to the one live handle it
 * names and drops and counts the rest, never handing one to another handle's listener, and at
 * most MAX_NOTIFICATIONS_PER_SECOND a second to each.
 */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { MAX_NOTIFICATION_HANDLES, NotificationOutlet } from '../../src/client/link/notifications';
import { MAX_NOTIFICATIONS_PER_SECOND } from '../../src/protocol/limits';
import { Router } from '../../src/client/link/router';
import { ManualClock } from '../helpers/manualClock';
import { MemoryTransport, notificationFrame } from '../helpers/memoryTransport';

const BASE = 2;
const ARM_STATE_TOPIC = 0xb0;
const OTHER_TOPIC = 0xb1;

function heard(): { calls: string[]; listener: (tag: string) => (payload: Buffer) => void } {
  const calls: string[] = [];
  return { calls, listener: (tag) => (payload) => calls.push(`${tag}:${payload.toString('hex')}`) };
}

describe('notification outlet: the router delivers to live handles only', () => {
  it('Kortex 2: a frame reaches the handle its message id names; an unknown handle or service is dropped and counted', () => {
    const transport = new MemoryTransport();
    const router = new Router(transport);
    const { calls, listener } = heard();
    router.notifications.open(BASE, ARM_STATE_TOPIC, 7, listener('seven'));
    router.notifications.open(BASE, ARM_STATE_TOPIC, 8, listener('eight'));
    transport.emit('frame', notificationFrame(BASE, ARM_STATE_TOPIC, 7, Buffer.from([1])));
    transport.emit('frame', notificationFrame(BASE, ARM_STATE_TOPIC, 8, Buffer.from([2])));
    transport.emit('frame', notificationFrame(BASE, ARM_STATE_TOPIC, 9, Buffer.from([3]))); // forged: nobody's handle
    transport.emit('frame', notificationFrame(1, ARM_STATE_TOPIC, 7, Buffer.from([4]))); // handle 7, but of another service
    assert.deepEqual(calls, ['seven:01', 'eight:02']);
    assert.equal(router.notifications.dropped, 2);
    router.dispose(new Error('done'));
  });

  it('Kortex 3: a frame reaches the handle of its topic (service and function); another topic is dropped', () => {
    const transport = new MemoryTransport();
    const router = new Router(transport, undefined, new NotificationOutlet('mqtt'));
    const { calls, listener } = heard();
    router.notifications.open(BASE, ARM_STATE_TOPIC, 7, listener('arm'));
    // On a broadcast topic the robot's message id is not our handle: the topic decides.
    transport.emit('frame', notificationFrame(BASE, ARM_STATE_TOPIC, 1234, Buffer.from([5])));
    transport.emit('frame', notificationFrame(BASE, OTHER_TOPIC, 7, Buffer.from([6])));
    assert.deepEqual(calls, ['arm:05']);
    assert.equal(router.notifications.dropped, 1);
    router.dispose(new Error('done'));
  });

  it('a listener gets a copy it may keep; a closed handle and a disposed router deliver nothing more', () => {
    const transport = new MemoryTransport();
    const router = new Router(transport);
    const kept: Buffer[] = [];
    const close = router.notifications.open(BASE, ARM_STATE_TOPIC, 7, (payload) => kept.push(payload));
    const frame = notificationFrame(BASE, ARM_STATE_TOPIC, 7, Buffer.from([1, 2]));
    transport.emit('frame', frame);
    frame.payload.fill(0); // the K2 transport's read buffer is reused
    assert.deepEqual([...kept[0]], [1, 2]);
    close();
    transport.emit('frame', notificationFrame(BASE, ARM_STATE_TOPIC, 7, Buffer.from([3])));
    router.notifications.open(BASE, ARM_STATE_TOPIC, 8, (payload) => kept.push(payload));
    router.dispose(new Error('link lost'));
    transport.emit('frame', notificationFrame(BASE, ARM_STATE_TOPIC, 8, Buffer.from([4])));
    assert.equal(kept.length, 1);
    assert.equal(router.notifications.size, 0);
  });

  it('closing a handle twice leaves alone a new handle the robot gave the same id meanwhile', () => {
    const transport = new MemoryTransport();
    const router = new Router(transport);
    const { calls, listener } = heard();
    const closeOld = router.notifications.open(BASE, ARM_STATE_TOPIC, 7, listener('old'));
    closeOld();
    router.notifications.open(BASE, ARM_STATE_TOPIC, 7, listener('new'));
    closeOld();
    transport.emit('frame', notificationFrame(BASE, ARM_STATE_TOPIC, 7, Buffer.from([9])));
    assert.deepEqual(calls, ['new:09']);
    router.dispose(new Error('done'));
  });

  it('is bounded: past the limit, and for a handle the robot hands out twice, open() throws and nothing changes', () => {
    const outlet = new NotificationOutlet('tcp');
    for (let i = 1; i <= MAX_NOTIFICATION_HANDLES; i++) outlet.open(BASE, ARM_STATE_TOPIC, i, () => undefined);
    assert.throws(
      () => outlet.open(BASE, ARM_STATE_TOPIC, 1000, () => undefined),
      (e: KortexError) =>
        e.code === 'QUEUE_FULL' && e.message === `more than ${MAX_NOTIFICATION_HANDLES} notification subscriptions on one link`,
    );
    const small = new NotificationOutlet('tcp', 4, 'r:1');
    small.open(BASE, ARM_STATE_TOPIC, 3, () => undefined);
    assert.throws(
      () => small.open(BASE, ARM_STATE_TOPIC, 3, () => undefined),
      (e: KortexError) =>
        e.code === 'BAD_RESPONSE' && e.message === `on r:1: the robot named notification handle 3 of service ${BASE} twice`,
    );
    assert.equal(small.size, 1);
  });

  it('a flood on one handle: at most MAX_NOTIFICATIONS_PER_SECOND a second reach it, the rest dropped and counted, one problem a second; other handles untouched', async () => {
    const clock = new ManualClock(5000);
    const transport = new MemoryTransport();
    const router = new Router(transport, clock);
    const problems: Error[] = [];
    router.on('problem', (e) => problems.push(e));
    let flooded = 0;
    let quiet = 0;
    router.notifications.open(BASE, ARM_STATE_TOPIC, 7, () => flooded++);
    router.notifications.open(BASE, OTHER_TOPIC, 8, () => quiet++);
    const flood = (n: number): void => {
      for (let i = 0; i < n; i++) transport.emit('frame', notificationFrame(BASE, ARM_STATE_TOPIC, 7, Buffer.from([i & 0xff])));
    };
    flood(1000);
    transport.emit('frame', notificationFrame(BASE, OTHER_TOPIC, 8, Buffer.from([1])));
    assert.equal(flooded, MAX_NOTIFICATIONS_PER_SECOND);
    assert.equal(quiet, 1, 'a flood on one handle takes nothing from another');
    assert.equal(router.notifications.dropped, 1000 - MAX_NOTIFICATIONS_PER_SECOND);
    assert.equal(problems.length, 1);
    assert.equal(
      problems[0].message,
      `on ${transport.endpoint}: more than ${MAX_NOTIFICATIONS_PER_SECOND} notifications within a second on notification handle 7 of service ${BASE} (function ${ARM_STATE_TOPIC}): the rest of this second's are dropped`,
    );
    assert.equal((problems[0] as KortexError).code, 'BAD_RESPONSE');

    await clock.advance(999);
    flood(10);
    assert.equal(flooded, MAX_NOTIFICATIONS_PER_SECOND, 'still the same second');
    await clock.advance(1);
    flood(MAX_NOTIFICATIONS_PER_SECOND + 5);
    assert.equal(flooded, 2 * MAX_NOTIFICATIONS_PER_SECOND, 'a new second, a new allowance');
    assert.equal(problems.length, 2);
    router.dispose(new Error('done'));
  });
});
