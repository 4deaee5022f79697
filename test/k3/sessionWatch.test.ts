/**
 * A SessionWatch on a Kortex 3 robot that pushes its sessions (simulated Link 6, real mosquitto),
 * its polls on a manual clock: the pushed list wins and GetConnections is no longer polled for it
 * (only for connection events, when asked); a list pushed before our session opened comes with our
 * session id; the robot's kills are passed on.
 */
import assert from 'node:assert/strict';
import type { SessionKilledEvent, SessionsEvent } from '../../src/client/link/sessionBroadcasts';
import { ConnectionEvent, SessionWatch, WatchedSessionsEvent } from '../../src/client/watch/sessionWatch';
import type { KortexSessionClient } from '../../src/client/session/client';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { SESSION_STATUS_TOPIC, encodeSessionStatusBroadcast } from '../../src/protocol/session/sessionStatus';
import { ManualClock, settle } from '../helpers/manualClock';
import { waitFor } from '../helpers/wait';
import { RawClient, useK3World } from './harness';

const INTERVAL_MS = 1000;

describe('K3 SessionWatch with pushed session lists (mosquitto)', function () {
  this.timeout(20000);
  const { world } = useK3World();
  let clock: ManualClock;
  let spy: RawClient;
  const watches: SessionWatch[] = [];

  interface Seen {
    watch: SessionWatch;
    lists: WatchedSessionsEvent[];
    connections: ConnectionEvent[];
    killed: SessionKilledEvent[];
  }

  function watch(on: KortexSessionClient, watchConnections?: boolean): Seen {
    const seen: Seen = {
      watch: new SessionWatch(on, { pollIntervalMs: INTERVAL_MS, watchConnections, clock }),
      lists: [],
      connections: [],
      killed: [],
    };
    watches.push(seen.watch);
    seen.watch.on('sessions', (e) => seen.lists.push(e));
    seen.watch.on('connection', (e) => seen.connections.push(e));
    seen.watch.on('session-killed', (e) => seen.killed.push(e));
    return seen;
  }

  const topic = (rpc: { functionId: number }): string => `req/1/${rpc.functionId}`;

  /**
   * How many GetConnections requests the client sent so far: counted on the spy up to a marker
   * request of another kind sent now (one publisher: the broker hands them on in order).
   */
  async function pollsSoFar(on: KortexSessionClient): Promise<number> {
    await settle();
    const markersBefore = spy.inbox.filter((m) => m.topic === topic(SessionRpcs.getAccessControl)).length;
    await on.call('getAccessControl', {});
    const upToMarker = await waitFor(() => {
      const at = spy.inbox.findIndex(
        (m, i) =>
          m.topic === topic(SessionRpcs.getAccessControl) &&
          spy.inbox.slice(0, i + 1).filter((x) => x.topic === m.topic).length === markersBefore + 1,
      );
      return at >= 0 && spy.inbox.slice(0, at);
    }, 'the marker on the spy');
    return upToMarker.filter((m) => m.topic === topic(SessionRpcs.getConnections)).length;
  }

  beforeEach(async () => {
    clock = new ManualClock();
    spy = await world.raw();
    await spy.subscribe('req/1/+');
  });
  afterEach(() => {
    for (const w of watches.splice(0)) w.stop();
  });

  it('started before the session opens: the first list is pushed, sent once open with our session id; nothing is polled', async () => {
    await world.robot();
    const a = world.client();
    const seen = watch(a);
    seen.watch.start();
    await a.openOnce();
    await waitFor(() => seen.lists.length > 0, 'the first list');
    assert.deepEqual(
      seen.lists.map((e) => [e.source, e.sessionId, e.sessions.map((s) => s.sessionIdentifier)]),
      [['push', a.sessionId, [a.sessionId]]],
    );
    await clock.advance(INTERVAL_MS * 3);
    assert.equal(await pollsSoFar(a), 0, 'no GetConnections from the watch');
  });

  it('started on an open session: polled once, then pushed lists only', async () => {
    await world.robot();
    const a = world.client();
    const pushed: number[][] = [];
    a.on('sessions', (e) => pushed.push(e.sessions.map((s) => s.sessionIdentifier)));
    await a.openOnce();
    await waitFor(() => pushed.some((ids) => ids.includes(a.sessionId)), "our login's push, before the watch starts");
    const seen = watch(a);
    seen.watch.start();
    await clock.advance(0);
    await waitFor(() => seen.lists.length > 0, 'the first list');
    assert.equal(seen.lists[0].source, 'poll');

    const b = world.client({ username: 'operator', password: 'operator' });
    await b.openOnce();
    await waitFor(() => seen.lists.length > 1, 'the list with the operator');
    assert.deepEqual(
      seen.lists.map((e) => [e.source, e.sessions.length]),
      [
        ['poll', 1],
        ['push', 2],
      ],
    );
    const before = await pollsSoFar(a);
    await clock.advance(INTERVAL_MS * 3);
    assert.equal(await pollsSoFar(a), before, 'no poll once the robot pushes');
  });

  it('with watchConnections, it polls on beside the pushes and reports connections', async () => {
    await world.robot();
    const a = world.client();
    const seen = watch(a, true);
    seen.watch.start();
    await a.openOnce();
    await waitFor(() => seen.lists.length > 0, 'the pushed list');
    await clock.advance(0);
    await pollsSoFar(a);
    const b = world.client({ username: 'operator', password: 'operator' });
    await b.openOnce();
    await clock.advance(INTERVAL_MS);
    await waitFor(() => seen.connections.length > 0, 'the operator as a connection');
    assert.deepEqual(
      seen.connections.map((e) => [e.event, e.list, e.sessionId]),
      [['appeared', 'userConnections', b.sessionId]],
    );
  });

  it('a pushed list wins: polls for connection events do not replace it, and the same list pushed again is not sent again', async () => {
    await world.robot();
    const a = world.client();
    const pushes: SessionsEvent[] = [];
    a.on('sessions', (e) => pushes.push(e));
    await a.openOnce();
    await waitFor(() => pushes.some((e) => e.sessions.some((s) => s.sessionIdentifier === a.sessionId)), "our login's push");
    const seen = watch(a, true);
    seen.watch.start();
    await clock.advance(0);
    await waitFor(() => seen.lists.length > 0, 'the polled list');
    // Another peer on the broker says there is one more session than GetConnections will.
    const ours = { sessionIdentifier: a.sessionId, userIdentifier: 1, roles: [] };
    const claimed = encodeSessionStatusBroadcast(
      { sessions: [ours, { sessionIdentifier: 4242, userIdentifier: 2, roles: [] }] },
      'raw-frame',
    );
    for (let n = 1; n <= 2; n++) {
      const before = pushes.length;
      await spy.publish(SESSION_STATUS_TOPIC, claimed);
      await waitFor(() => pushes.length > before, `the claimed list, pushed ${n}`);
    }
    await clock.advance(INTERVAL_MS);
    await pollsSoFar(a);
    await settle();
    assert.deepEqual(
      seen.lists.map((e) => [e.source, e.sessions.map((s) => s.sessionIdentifier)]),
      [
        ['poll', [a.sessionId]],
        ['push', [a.sessionId, 4242].sort((x, y) => x - y)],
      ],
    );
  });

  for (const how of ['its login timed out', 'it was released'] as const) {
    it(`a list pushed while logging in is dropped when ${how}: the next session's first list is its own`, async () => {
      // No robot yet: the client reaches the broker and waits for a CreateSession reply in vain.
      const a = world.client({ requestTimeoutMs: 300 });
      const pushes: SessionsEvent[] = [];
      a.on('sessions', (e) => pushes.push(e));
      const seen = watch(a);
      seen.watch.start();
      a.start();
      await waitFor(() => a.state === 'authenticating', 'logging in');
      const stale = { sessions: [{ sessionIdentifier: 4242, userIdentifier: 2, roles: [] }] };
      await spy.publish(SESSION_STATUS_TOPIC, encodeSessionStatusBroadcast(stale, 'raw-frame'));
      await waitFor(() => pushes.length > 0, 'the push while logging in');
      if (how === 'it was released') await a.release();
      else await waitFor(() => a.state === 'reconnecting', 'the login timed out');
      await world.robot({ statusBroadcasts: { envelope: 'off' } });
      if (how === 'it was released') a.acquire();
      await waitFor(() => a.state === 'open', 'the session');
      await clock.advance(0);
      await waitFor(() => seen.lists.length > 0, 'the first list');
      await pollsSoFar(a);
      assert.deepEqual(
        seen.lists.map((e) => [e.source, e.sessionId, e.sessions.map((s) => s.sessionIdentifier)]),
        [['poll', a.sessionId, [a.sessionId]]],
      );
    });
  }

  it('passes on the robot killing sessions; stopped by an earlier listener of the same event, it passes on nothing', async () => {
    const { model } = await world.robot();
    const a = world.client();
    await a.openOnce();
    const first = a.sessionId;
    const seen = watch(a);
    const stopped = watch(a);
    a.on('session-killed', () => stopped.watch.stop()); // before the watch's own listener
    stopped.watch.start();
    seen.watch.start();
    model.reboot();
    await waitFor(() => seen.killed.some((e) => e.own), 'the kill of our session');
    assert.ok(seen.killed.find((e) => e.own)?.sessions.some((s) => s.sessionIdentifier === first));
    assert.deepEqual(stopped.killed, []);
  });
});
