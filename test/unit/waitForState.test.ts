/**
 * waitForState (src/client/core/waitForState.ts) on a manual clock: at once when already there, on
 * the event, a clear TIMEOUT, an abort; and never a listener or a timer left behind.
 */
import assert from 'node:assert/strict';
import { EventEmitter, getEventListeners } from 'node:events';
import { KortexError } from '../../src/client/core/errors';
import { waitForState } from '../../src/client/core/waitForState';
import { ManualClock } from '../helpers/manualClock';

type Light = 'red' | 'amber' | 'green';
interface LightEvent {
  state: Light;
  why?: string;
}

/** A source like the session client: a state getter and a 'state' event. */
class TrafficLight extends EventEmitter<{ state: [event: LightEvent] }> {
  state: Light = 'red';

  set(state: Light, why?: string): void {
    this.state = state;
    this.emit('state', { state, why });
  }
}

const isGreen = (state: Light): boolean => state === 'green';

function setUp(): { light: TrafficLight; clock: ManualClock; leftBehind: () => string } {
  const light = new TrafficLight();
  const clock = new ManualClock();
  return { light, clock, leftBehind: () => `${light.listenerCount('state')} listeners, ${clock.pending} timers` };
}

describe('waitForState', () => {
  it('resolves at once, with no event, when the source is already there; nothing is set up', async () => {
    const { light, clock, leftBehind } = setUp();
    light.state = 'green';
    const waiting = waitForState(light, isGreen, { timeoutMs: 1000, clock });
    assert.equal(leftBehind(), '0 listeners, 0 timers');
    assert.equal(await waiting, undefined);
  });

  it('resolves with the event that brings the state, ignoring the others; then nothing is left behind', async () => {
    const { light, clock, leftBehind } = setUp();
    const waiting = waitForState(light, isGreen, { timeoutMs: 1000, clock });
    assert.equal(leftBehind(), '1 listeners, 1 timers');
    light.set('amber');
    await clock.advance(999);
    light.set('green', 'go');
    assert.deepEqual(await waiting, { state: 'green', why: 'go' });
    assert.equal(leftBehind(), '0 listeners, 0 timers');
  });

  it('rejects after timeoutMs on its clock, not before, with a TIMEOUT naming the state it is still in', async () => {
    const { light, clock, leftBehind } = setUp();
    let settled = false;
    const outcome = waitForState(light, isGreen, { timeoutMs: 1000, clock })
      .then(
        () => 'resolved',
        (err: unknown) => err,
      )
      .finally(() => {
        settled = true;
      });
    light.set('amber');
    await clock.advance(999);
    assert.equal(settled, false, 'not before timeoutMs');
    await clock.advance(1);
    const error = await outcome;
    assert.ok(error instanceof KortexError);
    assert.equal(error.code, 'TIMEOUT');
    assert.equal(error.message, 'the awaited state did not come within 1000 ms (still amber)');
    assert.equal(leftBehind(), '0 listeners, 0 timers');
    light.set('green'); // too late: nobody listens
  });

  it("rejects with the caller's own timeout error when given one", async () => {
    const { light, clock } = setUp();
    const rejected = assert.rejects(
      waitForState(light, isGreen, { timeoutMs: 10, clock, timeoutError: () => new Error('no green light within 10 ms') }),
      /^Error: no green light within 10 ms$/,
    );
    await clock.advance(10);
    await rejected;
  });

  it('an abort rejects with its reason and cleans up; an aborted signal rejects at once', async () => {
    const { light, clock, leftBehind } = setUp();
    const abort = new AbortController();
    const waiting = waitForState(light, isGreen, { timeoutMs: 1000, clock, signal: abort.signal });
    abort.abort(new Error('node closed'));
    await assert.rejects(waiting, /node closed/);
    assert.equal(leftBehind(), '0 listeners, 0 timers');
    await assert.rejects(waitForState(light, isGreen, { timeoutMs: 1000, clock, signal: abort.signal }), /node closed/);
    assert.equal(leftBehind(), '0 listeners, 0 timers');
  });

  it("a wait that ends by its state or its timeout takes its listener off the caller's signal (one signal serves many waits)", async () => {
    const { light, clock } = setUp();
    const closing = new AbortController();
    const reached = waitForState(light, isGreen, { timeoutMs: 1000, clock, signal: closing.signal });
    const timedOut = waitForState(light, (state) => state === 'amber', { timeoutMs: 10, clock, signal: closing.signal });
    assert.equal(getEventListeners(closing.signal, 'abort').length, 2);
    const timeout = assert.rejects(timedOut, { kind: 'TIMEOUT' });
    await clock.advance(10);
    await timeout;
    light.set('green');
    await reached;
    assert.equal(getEventListeners(closing.signal, 'abort').length, 0);
  });

  it('a predicate may accept a state only as a change: called without an event for the state the source is in', async () => {
    const { light, clock, leftBehind } = setUp();
    const changedToRed = (state: Light, event?: LightEvent): boolean => event !== undefined && state === 'red';
    const waiting = waitForState(light, changedToRed, { timeoutMs: 1000, clock });
    assert.equal(leftBehind(), '1 listeners, 1 timers', 'red now does not count');
    light.set('red', 'again');
    assert.deepEqual(await waiting, { state: 'red', why: 'again' });
  });
});
