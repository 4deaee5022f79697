/** The session watch's "Check every" (seconds): the default when blank, the bounds, and what is refused. */
import assert from 'node:assert/strict';
import { WATCH_INTERVAL_S, watchIntervalMs } from '../../src/client/watch/watchInterval';

describe('client: watch interval', () => {
  it('blank (unset or empty) is the default of 5 s', () => {
    assert.equal(WATCH_INTERVAL_S.default, 5);
    assert.equal(watchIntervalMs(undefined), 5000);
    assert.equal(watchIntervalMs(''), 5000);
  });

  it('a number of seconds, as text or number, becomes whole milliseconds; both bounds are allowed', () => {
    assert.equal(watchIntervalMs('2'), 2000);
    assert.equal(watchIntervalMs(0.25), 250);
    assert.equal(watchIntervalMs('0.1'), 100);
    assert.equal(watchIntervalMs(3600), 3_600_000);
    assert.equal(watchIntervalMs('0.1234'), 123);
  });

  it('refuses what is not a number of seconds within 0.1 to 3600', () => {
    for (const raw of ['often', 'NaN', 'Infinity', '0', '0.09', '-1', '3600.5', 3601]) {
      assert.equal(watchIntervalMs(raw), undefined, JSON.stringify(raw));
    }
  });
});
