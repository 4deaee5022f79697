/**
 * GetConnections polling against the simulator (Kortex 2 over TCP): an unchanged reply is decoded
 * once (the poller gets the same list object back), and changes still come through as connection
 * and session-list events.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import type { ConnectionChange } from '../../src/client/watch/connectionDiff';
import { ConnectionPoller } from '../../src/client/watch/connectionPoller';
import type { ConnectionListJson } from '../../src/client/watch/connectionRows';
import { SessionWatch, WatchedSessionsEvent } from '../../src/client/watch/sessionWatch';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { waitFor } from '../helpers/wait';

describe('GetConnections polls (client ↔ simulator over TCP)', function () {
  this.timeout(15000);
  let sim: RunningSimulator;
  const clients: KortexSessionClient[] = [];
  const stops: Array<() => void> = [];

  function client(username = 'admin'): KortexSessionClient {
    const c = new KortexSessionClient({ host: '127.0.0.1', port: sim.port, transport: 'tcp', username, password: username });
    clients.push(c);
    return c;
  }

  beforeEach(async () => {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await sim.close();
  });

  it('an unchanged reply gives the same list object; a login and a logout give new ones and their changes', async () => {
    const watcher = client();
    await watcher.openOnce();
    const lists: ConnectionListJson[] = [];
    const changes: ConnectionChange[] = [];
    const poller = new ConnectionPoller(
      watcher,
      20,
      (c) => changes.push(...c),
      (err) => assert.fail(String(err)),
      (list) => lists.push(list),
    );
    stops.push(() => poller.stop());
    poller.sessionChanged();
    await waitFor(() => lists.length >= 4, 'four polls');
    assert.ok(
      lists.slice(1, 4).every((l) => l === lists[0]),
      'while nothing changes, every poll hands the list decoded from the first reply',
    );
    assert.equal(changes.length, 0, 'no change while nothing changes');

    const other = client('operator');
    await other.openOnce();
    await waitFor(() => changes.length > 0, 'the operator appears');
    assert.deepEqual(
      changes.map((c) => [c.event, c.connection.userHandle?.identifier !== undefined, c.sessionId === other.sessionId]),
      [['appeared', true, true]],
    );
    const withOperator = lists[lists.length - 1];
    assert.notEqual(withOperator, lists[0]);
    assert.equal(withOperator.connection.length, 2);

    await other.close();
    await waitFor(() => changes.length > 1, 'the operator leaves');
    assert.deepEqual(
      changes.map((c) => c.event),
      ['appeared', 'left'],
    );
    const after = lists[lists.length - 1];
    assert.notEqual(after, withOperator);
    assert.deepEqual(after, lists[0], 'the same connections as at first, decoded anew');
  });

  it('a SessionWatch reports the first list and each change once, however many polls repeat it', async () => {
    const watcher = client();
    await watcher.openOnce();
    const events: WatchedSessionsEvent[] = [];
    const watch = new SessionWatch(watcher, { pollIntervalMs: 20 }).start();
    stops.push(() => watch.stop());
    watch.on('sessions', (e) => events.push(e));
    await waitFor(() => events.length === 1, 'the first list');
    const other = client('operator');
    await other.openOnce();
    await waitFor(() => events.length === 2, 'the list with the operator');
    await other.close();
    await waitFor(() => events.length === 3, 'the list without the operator');
    // Several more polls of the same list: nothing more to report.
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(
      events.map((e) => [e.source, e.sessions.length]),
      [
        ['poll', 1],
        ['poll', 2],
        ['poll', 1],
      ],
    );
  });
});
