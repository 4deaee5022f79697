/**
 * The runtime half of the editor's "Kortex" sidebar (nodes/admin/sidebar.ts) with real session
 * clients against the simulator: nothing is published or asked of the robot while no editor wants
 * it; updates are throttled; the `sessions` broadcast, where the client emits it, replaces polling;
 * no password ever goes into a card.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import type { RunningSimulator } from '../../src/simulator';
import type { CardSource } from '../../nodes/admin/robotCards';
import { RobotSidebar } from '../../nodes/admin/sidebar';
import { CARDS_TOPIC, CARD_TOPIC, CardNotice } from '../../nodes/admin/sidebarNotices';
import { ALL_PASSWORDS, PASSWORDS, assertNoPassword, recordRequests, simulator } from './support';
import { sleep, waitFor } from '../helpers/wait';

interface Published {
  topic: string;
  data: unknown;
  at: number;
}

describe('sidebar runtime (nodes/admin/sidebar.ts)', function () {
  this.timeout(20000);
  let sim: RunningSimulator;
  let requests: string[];
  const clients: KortexSessionClient[] = [];
  const sidebars: RobotSidebar[] = [];

  beforeEach(async () => {
    sim = await simulator('k3');
    requests = recordRequests(sim);
  });

  afterEach(async () => {
    for (const s of sidebars.splice(0)) s.dispose();
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await sim.close();
  });

  function client(username: keyof typeof PASSWORDS, password: string = PASSWORDS[username]): KortexSessionClient {
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      port: sim.port,
      transport: 'tcp',
      username,
      password,
      reconnectInitialDelayMs: 200,
    });
    c.on('problem', () => undefined);
    clients.push(c);
    return c;
  }

  function sidebarWithLog(timings: Partial<RobotSidebar['timings']> = {}): { sidebar: RobotSidebar; published: Published[] } {
    const published: Published[] = [];
    const sidebar = new RobotSidebar(
      (topic, data) => published.push({ topic, data: JSON.parse(JSON.stringify(data)), at: Date.now() }),
      timings,
    );
    sidebars.push(sidebar);
    return { sidebar, published };
  }

  function source(c: KortexSessionClient | undefined, id = 'robot-1'): CardSource {
    return {
      id,
      name: 'Cell robot',
      address: `127.0.0.1:${sim.port}`,
      transport: 'tcp',
      username: c ? 'admin' : '',
      users: () => (c ? 1 : 0),
      client: () => c,
    };
  }

  it('publishes nothing and asks the robot nothing until an editor asks, then live updates until the last editor leaves', async () => {
    const { sidebar, published } = sidebarWithLog();
    const admin = client('admin');
    sidebar.editorConnected();
    sidebar.add(source(admin));
    admin.start();
    await waitFor(() => admin.state === 'open', 'the session to open');
    await sleep(400);
    assert.equal(published.length, 0, 'published without an editor asking');
    assert.ok(!requests.includes('GetConnections'), 'asked the robot for its connections without an editor asking');

    sidebar.renewLease();
    const [card] = await sidebar.snapshot();
    assert.equal(card.state, 'open');
    assert.ok(card.connections && card.connections.rows.some((r) => r.self && r.user === 'admin'), JSON.stringify(card));
    await waitFor(() => published.some((p) => p.topic === CARD_TOPIC), 'a card update once the editor asked');

    // The last editor's comms connection closes: nothing more goes out, even when the state changes.
    sidebar.editorDisconnected();
    const before = published.length;
    await sim.close();
    await waitFor(() => admin.state === 'reconnecting', 'the client to notice the robot went away');
    await sleep(500);
    assert.equal(published.length, before, 'published after the last editor left');
  });

  it('throttles: a burst of changes gives at most one notice per card per throttle period, the last change included', async () => {
    const throttleMs = 200;
    const { sidebar, published } = sidebarWithLog({ throttleMs });
    const admin = client('admin');
    sidebar.add(source(admin));
    admin.start();
    await waitFor(() => admin.state === 'open', 'the session to open');
    sidebar.renewLease();
    await sidebar.snapshot();
    await sleep(300);
    published.length = 0;
    // A pushed session list every 20 ms for about 0.8 s (what a busy broadcast could do).
    const emitter = admin as unknown as NodeJS.EventEmitter;
    const burstStart = Date.now();
    let lastChangeAt = 0;
    for (let i = 0; i < 40; i++) {
      emitter.emit('sessions', {
        sessions: [{ sessionIdentifier: admin.sessionId, userIdentifier: 1, roles: [{ identifier: `Role${i}`, permissions: [] }] }],
      });
      lastChangeAt = Date.now();
      await sleep(20);
    }
    await sleep(400);
    const elapsedMs = Date.now() - burstStart;
    const notices = published.filter((p) => p.topic === CARD_TOPIC);
    // Bounded by the time the burst really took (a loaded machine stretches it): one notice per started throttle period.
    const allowed = Math.floor(elapsedMs / throttleMs) + 1;
    assert.ok(
      notices.length >= 2 && notices.length <= allowed,
      `${notices.length} notices for 40 changes in ${elapsedMs} ms (at most ${allowed})`,
    );
    for (let i = 1; i < notices.length; i++)
      assert.ok(notices[i].at - notices[i - 1].at >= throttleMs - 10, 'two notices closer than the throttle period');
    // A notice names the card and its revision, nothing of its content.
    for (const notice of notices) assert.deepEqual(Object.keys(notice.data as object).sort(), ['id', 'rev']);
    const revs = notices.map((p) => (p.data as CardNotice).rev);
    assert.ok(
      revs.every((rev, i) => i === 0 || rev > revs[i - 1]),
      `revisions do not go up: ${revs.join()}`,
    );
    assert.ok(notices[notices.length - 1].at >= lastChangeAt, 'the last change got no notice of its own');
    // What the editor reads on the last notice carries the last state, at that revision.
    const [card] = await sidebar.snapshot();
    assert.deepEqual(
      card.connections?.rows.map((r) => r.roles),
      [['Role39']],
      'the card read after the last notice must carry the last state',
    );
    assert.equal(card.rev, revs[revs.length - 1]);
  });

  it('takes who is connected from the `sessions` events where the client emits them, and stops polling', async () => {
    const { sidebar } = sidebarWithLog({ freshMs: 0 });
    const admin = client('admin');
    const operator = client('operator');
    sidebar.add(source(admin));
    admin.start();
    await operator.openOnce();
    await waitFor(() => admin.state === 'open', 'the session to open');
    sidebar.renewLease();

    const [polled] = await sidebar.snapshot();
    assert.equal(polled.connections?.source, 'poll');
    assert.deepEqual(
      polled.connections?.rows
        .filter((r) => r.kind === 'user')
        .map((r) => r.user)
        .sort(),
      ['admin', 'operator'],
    );
    assert.equal(polled.generation, 'k3', 'a robot that fills userConnections is Kortex 3');

    // The shape of the client's `sessions` event (docs/session-status.md): PayloadSessionStatusRaw in canonical JSON.
    (admin as unknown as NodeJS.EventEmitter).emit('sessions', {
      sessions: [
        { sessionIdentifier: admin.sessionId, userIdentifier: 1, roles: [{ identifier: 'Admin', permissions: [] }] },
        { sessionIdentifier: operator.sessionId, userIdentifier: 2, roles: [{ identifier: 'Operator', permissions: [] }] },
      ],
    });
    const polls = requests.filter((r) => r === 'GetConnections').length;
    const [pushed] = await sidebar.snapshot();
    const [again] = await sidebar.snapshot();
    assert.equal(
      requests.filter((r) => r === 'GetConnections').length,
      polls,
      'polled GetConnections although the robot pushes its sessions',
    );
    for (const card of [pushed, again]) {
      assert.equal(card.connections?.source, 'push');
      const rows = card.connections?.rows ?? [];
      assert.deepEqual(
        rows.map((r) => [r.sessionId, r.user, r.roles.join(), r.self]),
        [
          [admin.sessionId, 'admin', 'Admin', true],
          [operator.sessionId, 'operator', 'Operator', false],
        ],
      );
      assert.ok(
        rows.every((r) => /^127\.0\.0\.1:\d+$/.test(r.address)),
        'addresses come from the last GetConnections',
      );
    }
    // Refresh still asks the robot (names of sessions the broadcast does not name).
    await sidebar.snapshot({ refresh: true });
    assert.equal(requests.filter((r) => r === 'GetConnections').length, polls + 1);
  });

  it('shows a refused login with its error and countdown, and never a password', async () => {
    const { sidebar, published } = sidebarWithLog();
    const wrong = `${PASSWORDS.admin}-wrong`;
    const admin = client('admin', wrong);
    sidebar.renewLease();
    sidebar.add(source(admin));
    admin.start();
    await waitFor(() => admin.state === 'reconnecting', 'the refused login');
    const [card] = await sidebar.snapshot({ refresh: true });
    assert.equal(card.state, 'reconnecting');
    assert.equal(card.down, true);
    assert.equal(card.loginRefused, true);
    assert.match(card.lastError ?? '', /INVALID_PASSWORD/);
    assert.ok((card.retryInMs ?? -1) > 0, `no countdown: ${JSON.stringify(card)}`);
    await waitFor(() => published.some((p) => p.topic === CARD_TOPIC), 'a published card');
    const texts = [JSON.stringify(card), ...published.map((p) => JSON.stringify(p.data))];
    assertNoPassword(texts, 'a sidebar card');
    for (const text of texts) assert.ok(!text.includes(wrong), 'a card contains the typed password');
    assert.ok(ALL_PASSWORDS.length > 0);
  });

  it('names a Kortex 2 robot from its connection list (only the legacy field filled), its users by id, its sessions as the events node does', async () => {
    const k2 = await simulator('k2');
    try {
      const { sidebar } = sidebarWithLog();
      const admin = new KortexSessionClient({
        host: '127.0.0.1',
        port: k2.port,
        transport: 'tcp',
        username: 'admin',
        password: PASSWORDS.admin,
      });
      clients.push(admin);
      sidebar.add(source(admin));
      await admin.openOnce();
      sidebar.renewLease();
      const [card] = await sidebar.snapshot();
      assert.equal(card.generation, 'k2');
      // A Kortex 2 Connection carries no user name; its connection identifier is the session id
      // (docs/protocol.md), so the row of this Node-RED is known by its session.
      assert.deepEqual(
        card.connections?.rows.map((r) => [r.sessionId, r.user, r.userId, r.self]),
        [[admin.sessionId, '', 1, true]],
      );
      assert.notEqual(admin.sessionId, 0);
      assert.match(card.connections?.rows[0].address ?? '', /^127\.0\.0\.1:\d+$/);
      await admin.close();
    } finally {
      await k2.close();
    }
  });

  it('ignores `sessions` events of another shape, and keeps polling then', async () => {
    const { sidebar } = sidebarWithLog({ freshMs: 0 });
    const admin = client('admin');
    sidebar.add(source(admin));
    await admin.openOnce();
    sidebar.renewLease();
    const emitter = admin as unknown as NodeJS.EventEmitter;
    for (const odd of [undefined, null, 'sessions', 42, { sessions: 'none' }, { list: [] }]) emitter.emit('sessions', odd);
    const polls = requests.filter((r) => r === 'GetConnections').length;
    const [card] = await sidebar.snapshot();
    assert.equal(card.connections?.source, 'poll');
    assert.equal(requests.filter((r) => r === 'GetConnections').length, polls + 1);
    // A list with odd entries: the entries that are objects count, numbers are read as numbers, roles as names.
    emitter.emit('sessions', [null, 'x', { sessionIdentifier: '7', userIdentifier: 3, roles: ['Admin', { identifier: 'System' }, 5] }]);
    const [pushed] = await sidebar.snapshot();
    assert.deepEqual(
      pushed.connections?.rows.map((r) => [r.sessionId, r.userId, r.roles]),
      [[7, 3, ['Admin', 'System']]],
    );
  });

  it('announces added and removed cards, and a config node without users shows "unused"', async () => {
    const { sidebar, published } = sidebarWithLog({ throttleMs: 50 });
    sidebar.renewLease();
    const handle = sidebar.add(source(undefined, 'robot-unused'));
    await waitFor(() => published.some((p) => p.topic === CARDS_TOPIC), 'the card list announcement');
    assert.deepEqual((published.find((p) => p.topic === CARDS_TOPIC)?.data as { ids: string[] }).ids, ['robot-unused']);
    const [card] = await sidebar.snapshot();
    assert.equal(card.state, 'unused');
    assert.equal(card.users, 0);
    published.length = 0;
    handle.remove();
    await waitFor(() => published.some((p) => p.topic === CARDS_TOPIC), 'the removal announcement');
    assert.deepEqual((published.find((p) => p.topic === CARDS_TOPIC)?.data as { ids: string[] }).ids, []);
    assert.deepEqual(await sidebar.snapshot(), []);
  });
});
