/**
 * The session client's state table and its in-order delivery: an illegal change is a thrown bug,
 * and a listener that changes the state again has its event delivered after the current one, to
 * every listener.
 */
import assert from 'node:assert/strict';
import { IllegalTransitionError, SESSION_TRANSITIONS, SessionState, SessionStateMachine } from '../../src/client/session/states';

describe('session client states', () => {
  it('allows exactly the declared transitions; every state can be closed from, and closed is final', () => {
    const states = Object.keys(SESSION_TRANSITIONS) as SessionState[];
    for (const from of states) {
      if (from !== 'closing' && from !== 'closed') assert.ok(SESSION_TRANSITIONS[from].includes('closing'), `${from} → closing`);
    }
    assert.deepEqual(SESSION_TRANSITIONS.closed, []);
    // A release is possible from every state that has or seeks a session, and only acquire (connecting) or close leave it.
    for (const from of ['idle', 'connecting', 'authenticating', 'open', 'reconnecting'] as const)
      assert.ok(SESSION_TRANSITIONS[from].includes('released'), `${from} → released`);
    assert.deepEqual(SESSION_TRANSITIONS.released, ['connecting', 'closing']);
    const machine = new SessionStateMachine();
    assert.throws(
      () => machine.enter({ state: 'open', robot: 'r', sessionId: 0 }),
      (err: Error) =>
        err instanceof IllegalTransitionError &&
        err.name === 'IllegalTransitionError' &&
        err.message === 'session client: illegal state change idle → open',
    );
    assert.equal(machine.state, 'idle', 'a refused change leaves the state as it was');
  });

  it('delivers an event raised inside a listener after the current one, in the same order to all listeners', () => {
    const machine = new SessionStateMachine();
    const first: string[] = [];
    const second: string[] = [];
    machine.on('state', (e) => {
      first.push(`${e.previous}→${e.state}`);
      if (e.state === 'connecting') machine.enter({ state: 'closing', robot: 'r', sessionId: 0 });
      if (e.state === 'closing') assert.equal(machine.state, 'closing');
    });
    machine.on('state', (e) => second.push(`${e.previous}→${e.state}`));
    machine.enter({ state: 'connecting', robot: 'r', sessionId: 0 });
    assert.deepEqual(first, ['idle→connecting', 'connecting→closing']);
    assert.deepEqual(second, first);
  });
});
