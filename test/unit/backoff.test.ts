/**
 * Reconnect delays (src/client/session/backoff.ts): exponential with full jitter, a reset after a session
 * that stayed open long enough, a refused login at the longest delay, a lost session logged in
 * again at once the first time.
 */
import assert from 'node:assert/strict';
import { ReconnectBackoff } from '../../src/client/session/backoff';
import { ManualClock } from '../helpers/manualClock';

function backoff(random = (): number => 1, clock = new ManualClock()): ReconnectBackoff {
  return new ReconnectBackoff({ initialDelayMs: 100, maxDelayMs: 1000, resetAfterMs: 5000, random, clock });
}

describe('reconnect backoff', () => {
  it('doubles the ceiling per attempt up to maxDelayMs', () => {
    const b = backoff();
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map(() => b.nextDelay('link')),
      [100, 200, 400, 800, 1000, 1000],
    );
    assert.equal(b.attempt, 6);
  });

  it('full jitter: the delay is random × ceiling, rounded', () => {
    const draws = [0, 0.5, 0.333];
    const b = backoff(() => draws.shift() as number);
    assert.deepEqual([b.nextDelay('link'), b.nextDelay('link'), b.nextDelay('link')], [0, 100, 133]);
  });

  it('a session open for resetAfterMs starts the count again; a shorter one does not', async () => {
    const clock = new ManualClock();
    const b = backoff(undefined, clock);
    b.nextDelay('link');
    b.nextDelay('link');
    b.opened();
    await clock.advance(4999);
    assert.equal(b.nextDelay('link'), 400, 'open 4999 ms: no reset');
    b.opened();
    await clock.advance(5000);
    assert.equal(b.nextDelay('link'), 100, 'open 5000 ms: reset');
    assert.equal(b.attempt, 1);
    await clock.advance(1_000_000);
    assert.equal(b.nextDelay('link'), 200, 'no session opened since: no reset, however long ago');
  });

  it('a refused login waits the longest delay, without jitter', () => {
    const b = backoff(() => 0);
    assert.equal(b.nextDelay('login-refused'), 1000);
    assert.equal(b.nextDelay('login-refused'), 1000);
    assert.equal(b.attempt, 2);
  });

  it('a lost session is logged in again at once the first time, then backs off like any loss', async () => {
    const clock = new ManualClock();
    const b = backoff(undefined, clock);
    assert.equal(b.nextDelay('session-lost'), 0);
    assert.equal(b.attempt, 1);
    assert.equal(b.nextDelay('session-lost'), 200);
    b.opened();
    await clock.advance(5000);
    assert.equal(b.nextDelay('session-lost'), 0, 'after a reset it is the first time again');
  });
});
