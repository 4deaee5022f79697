/**
 * The one-shot open (src/client/session/openOnce.ts) that the CLI and the editor's "Test
 * connection" use: it resolves once the session is open, or rejects with what ended the wait, named
 * for the robot, and then closes the client.
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { KortexError } from '../../src/client/core/errors';
import { OnceOpenable, openOnce } from '../../src/client/session/openOnce';
import type { SessionState, SessionStateEvent } from '../../src/client/session/states';
import { ManualClock } from '../helpers/manualClock';

class FakeClient extends EventEmitter implements OnceOpenable {
  readonly robot = '10.0.0.5:10000';
  state: SessionState = 'idle';
  started = 0;
  closed = 0;

  start(): void {
    this.started++;
  }

  close(): Promise<void> {
    this.closed++;
    return Promise.resolve();
  }

  become(state: SessionState, error?: Error): void {
    this.state = state;
    this.emit('state', { state, ...(error ? { error } : {}) } as SessionStateEvent);
  }
}

async function failure(p: Promise<void>): Promise<KortexError> {
  const err = await p.then(
    () => assert.fail('opened'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof KortexError, String(err));
  return err;
}

describe('openOnce: one session for a one-shot user', () => {
  it('resolves when the session opens; an open client resolves at once, without starting again', async () => {
    const client = new FakeClient();
    const opened = openOnce(client, 1000, new ManualClock());
    assert.equal(client.started, 1);
    client.become('connecting');
    client.become('open');
    await opened;
    assert.equal(client.closed, 0);
    await openOnce(client, 1000, new ManualClock());
    assert.equal(client.started, 1, 'already open: not started again');
  });

  it('no session within the time: a TIMEOUT naming the wait and the robot, and the client is closed', async () => {
    const clock = new ManualClock();
    const client = new FakeClient();
    const opened = failure(openOnce(client, 1500, clock));
    await clock.advance(1500);
    const err = await opened;
    assert.equal(err.message, 'on 10.0.0.5:10000: no session within 1500 ms');
    assert.equal(err.code, 'TIMEOUT');
    assert.equal(client.closed, 1);
  });

  it('a release or a close before the session opened says which, with its own code', async () => {
    for (const [state, code] of [
      ['released', 'RELEASED'],
      ['closed', 'CLOSED'],
    ] as const) {
      const client = new FakeClient();
      const opened = failure(openOnce(client, 1000, new ManualClock()));
      client.become(state);
      const err = await opened;
      assert.equal(err.message, `on 10.0.0.5:10000: ${state} before the session opened`, state);
      assert.equal(err.code, code, state);
      assert.equal(client.closed, 1, state);
    }
  });

  it("a failed attempt ends the wait with that attempt's own error", async () => {
    const client = new FakeClient();
    const refused = new KortexError('login refused', { kind: 'BROKER_REFUSED', robot: client.robot });
    const opened = failure(openOnce(client, 1000, new ManualClock()));
    client.become('reconnecting', refused);
    assert.equal(await opened, refused);
    assert.equal(client.closed, 1);
  });
});
