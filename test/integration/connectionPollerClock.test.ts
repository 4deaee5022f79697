/**
 * When the GetConnections poller polls, on a manual clock against the simulator (Kortex 2 over TCP):
 * at once when the session opens, then every interval; again at once when the session changed while
 * a poll was on the wire; never while the session is down or after stop(), and then it holds no timer.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import type { ConnectionChange } from '../../src/client/watch/connectionDiff';
import { ConnectionPoller } from '../../src/client/watch/connectionPoller';
import type { ConnectionListJson } from '../../src/client/watch/connectionRows';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import { ManualClock, settle } from '../helpers/manualClock';
import { waitFor } from '../helpers/wait';

const INTERVAL_MS = 1000;

describe('GetConnections poller on a manual clock (client ↔ simulator over TCP)', function () {
  this.timeout(10000);
  let sim: RunningSimulator;
  let client: KortexSessionClient;
  let clock: ManualClock;
  const pollers: ConnectionPoller[] = [];
  const extraClients: KortexSessionClient[] = [];

  interface Watched {
    poller: ConnectionPoller;
    replies: ConnectionListJson[];
    reports: ConnectionChange[][];
    failures: unknown[];
  }

  function watch(hooks: { onReply?: (poller: ConnectionPoller, n: number) => void; wanted?: () => boolean } = {}, on = client): Watched {
    const w: Watched = { poller: undefined as never, replies: [], reports: [], failures: [] };
    w.poller = new ConnectionPoller(
      on,
      INTERVAL_MS,
      (changes) => w.reports.push(changes),
      (err) => w.failures.push(err),
      (list) => {
        w.replies.push(list);
        hooks.onReply?.(w.poller, w.replies.length);
      },
      hooks.wanted,
      clock,
    );
    pollers.push(w.poller);
    return w;
  }

  /** Every poll request sent so far has been answered and handled: replies on the one link come in order. */
  async function barrier(on = client): Promise<void> {
    await on.callRpc(SessionRpcs.getConnections, {});
    await settle();
  }

  /** A user whose role lacks the read permission GetConnections needs. */
  async function blindClient(): Promise<KortexSessionClient> {
    const c = new KortexSessionClient({ host: '127.0.0.1', port: sim.port, transport: 'tcp', username: 'blind', password: 'blind' });
    extraClients.push(c);
    await c.openOnce();
    return c;
  }

  beforeEach(async () => {
    const users = defaultUsersConfig();
    users.roles.push({ identifier: 'NoRead', permissions: ['USER_PERMISSION_OPERATE'] });
    users.users.push({ username: 'blind', password: 'blind', role: 'NoRead', identifier: 9 });
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0, users });
    client = new KortexSessionClient({ host: '127.0.0.1', port: sim.port, transport: 'tcp', username: 'admin', password: 'admin' });
    await client.openOnce();
    clock = new ManualClock();
  });
  afterEach(async () => {
    for (const p of pollers.splice(0)) p.stop();
    await Promise.all([client, ...extraClients.splice(0)].map((c) => c.close()));
    await sim.close();
  });

  it('polls at once, then once per interval; unchanged replies report nothing', async () => {
    const w = watch();
    w.poller.sessionChanged();
    assert.equal(clock.nextDueIn, 0, 'the first poll is due at once');
    await clock.advance(0);
    await waitFor(() => w.replies.length === 1, 'the baseline reply');
    for (let n = 2; n <= 3; n++) {
      await settle();
      assert.equal(clock.pending, 1);
      assert.equal(clock.nextDueIn, INTERVAL_MS, `after reply ${n - 1}, the next poll is one interval away`);
      await clock.advance(INTERVAL_MS - 1);
      await barrier();
      assert.equal(w.replies.length, n - 1, 'no poll before the interval is over');
      await clock.advance(1);
      await waitFor(() => w.replies.length === n, `reply ${n}`);
    }
    assert.deepEqual(w.reports, [], 'neither the baseline nor an unchanged list is reported');
    assert.deepEqual(w.failures, []);
  });

  it('told twice that the session opened, it still polls once', async () => {
    const w = watch();
    w.poller.sessionChanged();
    w.poller.sessionChanged();
    assert.equal(clock.pending, 1);
    await clock.advance(0);
    await barrier();
    assert.equal(w.replies.length, 1);
  });

  it('a session change while a poll is on the wire: the next poll follows the reply at once, then the interval again', async () => {
    const w = watch({ onReply: (poller, n) => n === 1 && poller.sessionChanged() });
    w.poller.sessionChanged();
    await clock.advance(0);
    await waitFor(() => w.replies.length === 1, 'the first reply');
    await settle();
    assert.equal(clock.nextDueIn, 0, 'polls again at once');
    await clock.advance(0);
    await waitFor(() => w.replies.length === 2, 'the second reply');
    await settle();
    assert.equal(clock.nextDueIn, INTERVAL_MS);
  });

  it('stop() ends its timer; a reply or failure arriving after stop() is dropped and nothing is polled again', async () => {
    const w = watch();
    w.poller.sessionChanged();
    await clock.advance(0);
    await waitFor(() => w.replies.length === 1, 'the baseline reply');
    await settle();
    w.poller.stop();
    assert.equal(clock.pending, 0, 'no timer left');
    await clock.advance(INTERVAL_MS * 3);
    await barrier();
    assert.equal(w.replies.length, 1);

    // Stopped while its poll is on the wire: the reply is dropped, no poll follows.
    const second = watch();
    second.poller.sessionChanged();
    await clock.advance(0);
    second.poller.stop();
    await barrier();
    assert.deepEqual(second.replies, [], 'the reply after stop() is dropped');
    assert.equal(clock.pending, 0, 'no poll scheduled after it');

    // Stopped while its poll is on the wire, and the robot then refuses it: not reported.
    const blind = await blindClient();
    const third = watch({}, blind);
    third.poller.sessionChanged();
    await clock.advance(0);
    third.poller.stop();
    await barrier(blind).catch(() => undefined);
    assert.deepEqual(third.failures, []);
  });

  it('a poll the robot refuses is reported, each time, and polling goes on at the interval', async () => {
    const blind = await blindClient();
    const w = watch({}, blind);
    w.poller.sessionChanged();
    await clock.advance(0);
    await waitFor(() => w.failures.length === 1, 'the refused poll');
    await settle();
    assert.match(String(w.failures[0]), /GetConnections/);
    assert.equal(clock.nextDueIn, INTERVAL_MS);
    await clock.advance(INTERVAL_MS);
    await waitFor(() => w.failures.length === 2, 'the next refused poll');
    assert.deepEqual(w.replies, []);
  });

  it('released while a poll is on the wire: its reply is dropped (a list of a session that is gone), nothing is scheduled', async () => {
    const w = watch();
    w.poller.sessionChanged();
    await clock.advance(0);
    await waitFor(() => w.replies.length === 1, 'the baseline reply');
    await settle();
    await clock.advance(INTERVAL_MS);
    await client.release();
    await settle();
    await barrier().catch(() => undefined);
    assert.deepEqual([w.replies.length, w.failures], [1, []], 'the reply after release() is not handed on');
    assert.equal(clock.pending, 0);
  });

  it('pauses while the session is released and polls at once when it opens again', async () => {
    const w = watch();
    w.poller.sessionChanged();
    await clock.advance(0);
    await waitFor(() => w.replies.length === 1, 'the baseline reply');
    await settle();
    await client.release();
    w.poller.sessionChanged();
    assert.equal(clock.pending, 0, 'the interval timer is ended while the session is down');
    client.acquire();
    await waitFor(() => client.state === 'open', 'the session again');
    w.poller.sessionChanged();
    assert.equal(clock.nextDueIn, 0);
    await clock.advance(0);
    await waitFor(() => w.replies.length === 2, 'the poll after reopening');
    assert.deepEqual(w.failures, []);
  });

  it('a poll due while the session is not open, or not wanted, is skipped: no request, no failure', async () => {
    let wanted = true;
    const w = watch({ wanted: () => wanted });
    w.poller.sessionChanged();
    await clock.advance(0);
    await waitFor(() => w.replies.length === 1, 'the baseline reply');
    await settle();
    wanted = false;
    await clock.advance(INTERVAL_MS);
    await barrier();
    assert.equal(w.replies.length, 1, 'not wanted: not polled');

    const other = watch();
    other.poller.sessionChanged();
    await client.release(); // the poller is not told
    await clock.advance(0);
    await settle();
    assert.deepEqual([other.replies.length, other.failures], [0, []]);
  });
});
