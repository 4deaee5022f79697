/**
 * A SessionWatch on a robot that does not push its sessions (the simulator, Kortex 2 over TCP),
 * its polls on a manual clock: connection events only when asked for, failed polls as 'failed'
 * events, the list following the session through a release, and nothing at all after stop().
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import { ConnectionEvent, SessionWatch, WatchedSessionsEvent } from '../../src/client/watch/sessionWatch';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import { ManualClock, settle } from '../helpers/manualClock';
import { waitFor } from '../helpers/wait';

const INTERVAL_MS = 1000;

describe('SessionWatch by polls (client ↔ simulator over TCP, manual clock)', function () {
  this.timeout(10000);
  let sim: RunningSimulator;
  let clock: ManualClock;
  const clients: KortexSessionClient[] = [];
  const watches: SessionWatch[] = [];

  function client(username = 'admin'): KortexSessionClient {
    const c = new KortexSessionClient({ host: '127.0.0.1', port: sim.port, transport: 'tcp', username, password: username });
    clients.push(c);
    return c;
  }

  interface Seen {
    watch: SessionWatch;
    lists: WatchedSessionsEvent[];
    connections: ConnectionEvent[];
    failures: unknown[];
  }

  function watch(on: KortexSessionClient, watchConnections?: boolean): Seen {
    const seen: Seen = {
      watch: new SessionWatch(on, { pollIntervalMs: INTERVAL_MS, watchConnections, clock }),
      lists: [],
      connections: [],
      failures: [],
    };
    watches.push(seen.watch);
    seen.watch.on('sessions', (e) => seen.lists.push(e));
    seen.watch.on('connection', (e) => seen.connections.push(e));
    seen.watch.on('failed', (err) => seen.failures.push(err));
    return seen;
  }

  /** One poll: the clock moves to it, and its reply (or failure) is handled. */
  async function poll(on: KortexSessionClient, delayMs = INTERVAL_MS): Promise<void> {
    await clock.advance(delayMs);
    await on.call('getConnections', {}).catch(() => undefined); // answered after the poll's
    await settle();
  }

  beforeEach(async () => {
    const users = defaultUsersConfig();
    users.roles.push({ identifier: 'NoRead', permissions: ['USER_PERMISSION_OPERATE'] });
    users.users.push({ username: 'blind', password: 'blind', role: 'NoRead', identifier: 9 });
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0, users });
    clock = new ManualClock();
  });
  afterEach(async () => {
    for (const w of watches.splice(0)) w.stop();
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await sim.close();
  });

  it('with watchConnections, a login is a connection event naming the robot; without, only the list changes', async () => {
    const admin = client();
    await admin.openOnce();
    const asked = watch(admin, true);
    const notAsked = watch(admin);
    asked.watch.start();
    notAsked.watch.start();
    await poll(admin, 0);
    const operator = client('operator');
    await operator.openOnce();
    await poll(admin);
    assert.deepEqual(
      asked.connections.map((e) => [e.event, e.list, e.sessionId, e.robot]),
      [['appeared', 'connection', operator.sessionId, admin.robot]],
    );
    assert.deepEqual(notAsked.connections, []);
    for (const seen of [asked, notAsked]) {
      assert.deepEqual(
        seen.lists.map((e) => e.sessions.length),
        [1, 2],
      );
    }
  });

  it('a poll the robot refuses is a failed event, and the watch polls on', async () => {
    const blind = client('blind');
    await blind.openOnce();
    const seen = watch(blind);
    seen.watch.start();
    await poll(blind, 0);
    assert.equal(seen.failures.length, 1);
    assert.match(String(seen.failures[0]), /GetConnections/);
    await poll(blind);
    assert.equal(seen.failures.length, 2);
    assert.deepEqual(seen.lists, []);
  });

  it('started before the session opens, it polls once it is open; after a release, the list of the new session', async () => {
    const admin = client();
    const seen = watch(admin);
    seen.watch.start();
    await admin.openOnce();
    assert.equal(clock.nextDueIn, 0, 'a poll due at once');
    await poll(admin, 0);
    assert.deepEqual(
      seen.lists.map((e) => [e.source, e.sessionId, e.sessions.map((s) => s.sessionIdentifier)]),
      [['poll', admin.sessionId, [admin.sessionId]]],
    );
    const first = admin.sessionId;

    await admin.release();
    assert.equal(clock.pending, 0, 'no poll while released');
    admin.acquire();
    await waitFor(() => admin.state === 'open', 'the session again');
    assert.notEqual(admin.sessionId, first);
    await poll(admin, 0);
    assert.deepEqual(
      seen.lists.map((e) => [e.sessionId, e.sessions.map((s) => s.sessionIdentifier)]),
      [
        [first, [first]],
        [admin.sessionId, [admin.sessionId]],
      ],
    );
  });

  it('after stop() nothing more: no timer, no poll, no event; stopped by a connection event, not even the list of that poll', async () => {
    const admin = client();
    await admin.openOnce();
    const seen = watch(admin, true);
    seen.watch.start();
    await poll(admin, 0);
    seen.watch.stop();
    seen.watch.stop();
    assert.equal(clock.pending, 0, 'no timer left');
    const operator = client('operator');
    await operator.openOnce();
    await poll(admin);
    assert.deepEqual([seen.lists.length, seen.connections], [1, []]);

    const stopping = watch(admin, true);
    stopping.watch.on('connection', () => stopping.watch.stop());
    stopping.watch.start();
    await poll(admin, 0);
    await operator.close();
    await poll(admin);
    assert.deepEqual(
      stopping.connections.map((e) => e.event),
      ['left'],
    );
    assert.deepEqual(
      stopping.lists.map((e) => e.sessions.length),
      [2],
      'the list without the operator came with the poll that stopped the watch',
    );
  });

  it('a poll answered after the session was released is not sent as the list of the next session', async () => {
    const admin = client();
    await admin.openOnce();
    const seen = watch(admin);
    seen.watch.start();
    await poll(admin, 0);
    const first = admin.sessionId;
    const operator = client('operator');
    await operator.openOnce();
    await clock.advance(INTERVAL_MS); // a poll on the wire, whose reply lists the operator
    await admin.release();
    admin.acquire();
    await waitFor(() => admin.state === 'open', 'the session again');
    await poll(admin, 0);
    assert.deepEqual(
      seen.lists.map((e) => [e.sessionId, e.sessions.map((s) => s.sessionIdentifier)]),
      [
        [first, [first]],
        [admin.sessionId, [operator.sessionId, admin.sessionId].sort((a, b) => a - b)],
      ],
    );
  });
});
