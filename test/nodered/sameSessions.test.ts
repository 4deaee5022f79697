/**
 * Every surface that shows who holds a session names the same sessions and users, for both robot
 * generations (they share one flattening of the ConnectionList, src/client/watch/connectionRows.ts): the
 * kortex-session-events node's `sessions` message and its `connection` events, and the editor
 * sidebar's card (GET /kortex/sidebar), checked against the simulated robot's own session table.
 * Kortex 2 entries name no session: their connection identifier is the session id.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { useK3World } from '../k3/harness';
import {
  FlowNode,
  PASSWORDS,
  TAB,
  TestMessage,
  builtNodes,
  cleanUp,
  collect,
  helper,
  helperNode,
  placed,
  sessionNode,
  tab,
  testUsers,
} from './support';
import { waitFor } from '../helpers/wait';

interface SessionsPayload {
  sessions: Array<{ sessionIdentifier: number; userIdentifier: number }>;
}
interface ConnectionPayload {
  event: string;
  list: string;
  sessionId: number;
  connection: { userHandle?: { identifier: number }; username?: string };
}
interface CardRow {
  sessionId: number;
  user: string;
  userId?: number;
  kind: string;
  self: boolean;
}
interface Card {
  sessionId: number;
  generation?: string;
  connections?: { source: string; rows: CardRow[] };
}

/** "sessionId userId user" per session, sorted: what every surface must agree on. */
type Listing = string[];
const listing = (entries: Array<{ sessionId: number; userId: number; user: string }>): Listing =>
  entries.map((e) => `${e.sessionId} ${e.userId} ${e.user}`).sort();

describe('who holds a session: the same on every surface (events node, connection events, sidebar)', function () {
  this.timeout(20000);
  const k3 = useK3World();
  let sim: RunningSimulator | undefined;
  const visitors: KortexSessionClient[] = [];

  afterEach(async () => {
    await Promise.all(visitors.splice(0).map((v) => v.close()));
    await cleanUp(sim);
    sim = undefined;
  });

  /** The robot's own table; names only where the robot sends them (Kortex 3). */
  function robotListing(withNames: boolean): Listing {
    return listing(
      (sim?.model.sessions() ?? []).map((s) => ({ sessionId: s.sessionId, userId: s.userId, user: withNames ? s.username : '' })),
    );
  }

  async function sidebarCard(): Promise<Card> {
    const res = await helper.request().get('/kortex/sidebar?refresh=1').expect(200);
    const cards = (res.body as { cards: Card[] }).cards;
    assert.equal(cards.length, 1, JSON.stringify(cards));
    return cards[0];
  }

  async function check(
    simOptions: StartSimulatorOptions,
    session: Partial<FlowNode>,
    visitor: { transport: 'tcp' | 'mqtt'; port: () => number },
    withNames: boolean,
  ): Promise<void> {
    sim = await startSimulator({ users: testUsers(), ...simOptions });
    const flow = placed([
      tab(),
      sessionNode(sim.port ?? 0, session),
      {
        id: 'events',
        type: 'kortex-session-events',
        z: TAB,
        name: '',
        session: 'robot',
        watchConnections: true,
        watchInterval: '0.2',
        wires: [['events-out']],
      },
      helperNode('events-out'),
    ]);
    await helper.load(builtNodes(), flow, { robot: { password: PASSWORDS.admin } });
    const messages: TestMessage[] = collect('events-out');
    const sessionsMessages = (): TestMessage[] => messages.filter((m) => m.topic === 'sessions');
    await waitFor(() => sessionsMessages().length > 0, 'the first sessions message');

    const operator = new KortexSessionClient({
      host: '127.0.0.1',
      port: visitor.port(),
      transport: visitor.transport,
      username: 'operator',
      password: PASSWORDS.operator,
    });
    visitors.push(operator);
    await operator.openOnce();
    const truth = robotListing(withNames);
    assert.equal(truth.length, 2, 'admin and operator hold a session');
    const userIds = new Map(sim.model.sessions().map((s) => [s.sessionId, s.userId]));

    // The events node's `sessions` message: ids and user ids (it carries no names).
    const last = await waitFor(() => {
      const m = sessionsMessages().at(-1);
      return m && (m.payload as SessionsPayload).sessions.length === 2 ? m : undefined;
    }, 'a sessions message naming both sessions');
    const fromEvents = (last.payload as SessionsPayload).sessions.map((s) => ({
      sessionId: s.sessionIdentifier,
      userId: s.userIdentifier,
      user: '',
    }));
    assert.deepEqual(listing(fromEvents), robotListing(false), 'the events node');
    const ownSessionId = (last.kortex as { sessionId: number }).sessionId;

    // The sidebar card: the same sessions, users and names, and our own row marked.
    const card = await waitFor(async () => {
      const c = await sidebarCard();
      const rows = c.connections?.rows.filter((r) => r.kind === 'user') ?? [];
      return rows.length === 2 && (!withNames || rows.every((r) => r.user)) ? c : undefined;
    }, 'a sidebar card listing both sessions');
    const rows = card.connections?.rows.filter((r) => r.kind === 'user') ?? [];
    assert.deepEqual(
      listing(rows.map((r) => ({ sessionId: r.sessionId, userId: r.userId ?? 0, user: r.user }))),
      truth,
      `the sidebar: ${JSON.stringify(card)}`,
    );
    assert.equal(card.sessionId, ownSessionId);
    assert.deepEqual(
      rows.filter((r) => r.self).map((r) => r.sessionId),
      [ownSessionId],
      'our own row',
    );

    // The `connection` event of the operator's login: its session and user.
    const appeared = await waitFor(
      () =>
        messages
          .map((m) => m.payload as ConnectionPayload)
          .find((p) => p?.event === 'appeared' && p.connection?.userHandle?.identifier === userIds.get(operator.sessionId)),
      'the operator connection appearing',
    );
    assert.equal(appeared.sessionId, operator.sessionId, `the connection event: ${JSON.stringify(appeared)}`);
    if (withNames) assert.equal(appeared.connection.username, 'operator');
  }

  it('Kortex 2 over TCP (polled; no names, the connection identifier is the session id)', async () => {
    await check(
      { generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 },
      {},
      { transport: 'tcp', port: () => sim?.port ?? 0 },
      false,
    );
  });

  it('Kortex 3 over TCP (polled)', async () => {
    await check(
      { generation: 'k3', transport: 'tcp', host: '127.0.0.1', port: 0 },
      {},
      { transport: 'tcp', port: () => sim?.port ?? 0 },
      true,
    );
  });

  it('Kortex 3 over mosquitto (pushed)', async () => {
    await check(
      { generation: 'k3', transport: 'mqtt', broker: k3.broker().url },
      { transport: 'mqtt', port: String(k3.broker().port) },
      { transport: 'mqtt', port: () => k3.broker().port ?? 0 },
      true,
    );
  });
});
