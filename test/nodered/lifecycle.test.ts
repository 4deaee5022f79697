/**
 * The shared session across deploys (docs/architecture.md): many nodes on one config node share one session;
 * a "nodes" deploy that restarts nodes keeps it; removing every user node closes it (CloseSession,
 * then the socket); fifty full redeploys leave no session or socket behind beyond the live one.
 */
import assert from 'node:assert/strict';
import type { RunningSimulator } from '../../src/simulator';
import {
  FlowNode,
  deploy,
  PASSWORDS,
  TAB,
  builtClient,
  builtNodes,
  cleanUp,
  helper,
  lastStatus,
  nextMessage,
  placed,
  recordRequests,
  sessionNode,
  simulator,
  tab,
} from './support';
import { waitFor } from '../helpers/wait';

const FUNCTION_TYPES = ['kortex-list-connections', 'kortex-access-control', 'kortex-add-temporary-role'] as const;

/** `count` function nodes spread over the three function types, all on config node "robot". */
function userNodes(count: number, rename = ''): FlowNode[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `user${i}`,
    type: FUNCTION_TYPES[i % FUNCTION_TYPES.length],
    z: TAB,
    name: `${rename}node ${i}`,
    session: 'robot',
    action: FUNCTION_TYPES[i % FUNCTION_TYPES.length] === 'kortex-add-temporary-role' ? 'remove' : 'get',
    wires: [['out']],
  }));
}

function flowWith(port: number, users: FlowNode[], session: Partial<FlowNode> = {}): FlowNode[] {
  return placed([tab(), sessionNode(port, session), ...users, { id: 'out', type: 'helper', z: TAB, wires: [] }]);
}

const credentials = { robot: { password: PASSWORDS.admin } };

function tcpSockets(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
}

describe('Node-RED nodes: one pooled session across nodes and deploys', function () {
  this.timeout(30000);
  let sim: RunningSimulator | undefined;
  let requests: string[] = [];
  let baselineSockets = 0;

  beforeEach(async () => {
    sim = await simulator('k3');
    requests = recordRequests(sim);
    baselineSockets = tcpSockets();
  });

  afterEach(async () => {
    await cleanUp(sim);
    sim = undefined;
  });

  async function allOpen(ids: string[]): Promise<number> {
    await waitFor(() => ids.every((id) => lastStatus(id)?.fill === 'green'), 'every node to show an open session');
    const texts = new Set(ids.map((id) => lastStatus(id)?.text));
    assert.equal(texts.size, 1, `one session for all: ${[...texts].join(', ')}`);
    return Number(/session (\d+)/.exec([...texts][0] ?? '')?.[1]);
  }

  function onlySession(): number {
    const sessions = sim?.model.sessions() ?? [];
    assert.equal(sessions.length, 1, `exactly one session on the robot (has ${sessions.length})`);
    assert.equal(sim?.model.connectionCount, 1, 'exactly one connection on the robot');
    return sessions[0].sessionId;
  }

  it('20 function nodes on one config node share exactly one session, and every call uses it', async () => {
    const users = userNodes(20);
    await helper.load(builtNodes(), flowWith(sim?.port ?? 0, users), credentials);
    const sessionId = await allOpen(users.map((u) => u.id));
    assert.equal(onlySession(), sessionId);
    assert.equal(requests.filter((r) => r === 'CreateSession').length, 1, 'one login');
    assert.equal(builtClient.sharedPool.ownerCount({ transport: 'tcp', host: '127.0.0.1', port: sim?.port, username: 'admin' }), 20);
    for (const user of users) {
      const reply = nextMessage('out');
      helper.getNode(user.id)?.receive({ payload: user.id });
      const msg = await reply;
      assert.equal((msg.kortex as { sessionId: number }).sessionId, sessionId, `${user.id} used the shared session`);
    }
    assert.equal(onlySession(), sessionId);
  });

  it('a "nodes" deploy that restarts one node, or all of them, keeps the session id', async () => {
    const port = sim?.port ?? 0;
    const users = userNodes(20);
    await helper.load(builtNodes(), flowWith(port, users), credentials);
    const sessionId = await allOpen(users.map((u) => u.id));

    const oneChanged = users.map((u, i) => (i === 3 ? { ...u, name: 'renamed' } : u));
    await deploy(flowWith(port, oneChanged), 'nodes');
    await allOpen(users.map((u) => u.id));
    assert.equal(onlySession(), sessionId);

    // Every user node restarts: the pool keeps the client for the restarted nodes (grace period).
    await deploy(flowWith(port, userNodes(20, 'again ')), 'nodes');
    assert.equal(await allOpen(users.map((u) => u.id)), sessionId);
    assert.equal(onlySession(), sessionId);
    assert.equal(requests.filter((r) => r === 'CreateSession').length, 1, 'never logged in again');
    assert.equal(requests.includes('CloseSession'), false);
  });

  it('removing every user node closes the session (CloseSession, then the socket); the deploy stays quick', async () => {
    const port = sim?.port ?? 0;
    const users = userNodes(5);
    await helper.load(builtNodes(), flowWith(port, users), credentials);
    await allOpen(users.map((u) => u.id));
    onlySession();

    const started = Date.now();
    await deploy(flowWith(port, []), 'full');
    await waitFor(() => sim?.model.sessions().length === 0 && sim.model.connectionCount === 0, 'the session and its connection to end');
    assert.ok(Date.now() - started < 3000, `removal took ${Date.now() - started} ms`);
    assert.equal(requests[requests.length - 1], 'CloseSession', 'closed politely');
    assert.equal(builtClient.sharedPool.size, 0, 'the pool forgot the client');
    await waitFor(() => tcpSockets() <= baselineSockets, 'every socket to be gone');
  });

  it('flows stopped without a deploy (Node-RED shutting down) close the session at once, not after the redeploy grace', async () => {
    const users = userNodes(3);
    await helper.load(builtNodes(), flowWith(sim?.port ?? 0, users), credentials);
    await allOpen(users.map((u) => u.id));
    onlySession();
    const started = Date.now();
    await helper.unload(); // stopFlows() with no deploy, as RED.stop() does on shutdown
    await waitFor(() => sim?.model.sessions().length === 0, 'the session to end', 2000);
    assert.ok(Date.now() - started < 2000, `closed after ${Date.now() - started} ms (the grace period is 5000 ms)`);
    assert.equal(requests[requests.length - 1], 'CloseSession', 'closed politely');
    assert.equal(builtClient.sharedPool.size, 0);
  });

  it('changing the config node (a "nodes" deploy) replaces the session: the old one is closed, not leaked', async () => {
    const port = sim?.port ?? 0;
    const users = userNodes(3);
    await helper.load(builtNodes(), flowWith(port, users), credentials);
    const first = await allOpen(users.map((u) => u.id));
    await deploy(flowWith(port, users, { requestTimeout: '2500' }), 'nodes');
    await waitFor(() => {
      const sessions = sim?.model.sessions() ?? [];
      return sessions.length === 1 && sessions[0].sessionId !== first && sim?.model.connectionCount === 1;
    }, 'one new session and no other');
  });

  it('50 full redeploys (half of them changing the config) leave one session and one socket; removal leaves none', async () => {
    const port = sim?.port ?? 0;
    const users = userNodes(3);
    await helper.load(builtNodes(), flowWith(port, users), credentials);
    await allOpen(users.map((u) => u.id));
    let slowest = 0;
    for (let i = 0; i < 50; i++) {
      const started = Date.now();
      await deploy(flowWith(port, users, { requestTimeout: String(2000 + (i % 2)) }), 'full');
      slowest = Math.max(slowest, Date.now() - started);
    }
    assert.ok(slowest < 2000, `a redeploy took ${slowest} ms`);
    // Each changed config is a new client (new login); the unchanged ones reuse the live session.
    const logins = requests.filter((r) => r === 'CreateSession').length;
    assert.ok(logins >= 26 && logins <= 51, `${logins} logins for 25 config changes`);
    await allOpen(users.map((u) => u.id));
    await waitFor(() => sim?.model.sessions().length === 1 && sim.model.connectionCount === 1, 'one session and one connection', 8000);
    assert.equal(builtClient.sharedPool.size, 1);
    await waitFor(() => tcpSockets() <= baselineSockets + 2, 'no sockets beyond the live link (client side + robot side)');

    await deploy(flowWith(port, []), 'full');
    await waitFor(() => sim?.model.sessions().length === 0 && sim.model.connectionCount === 0, 'nothing left on the robot');
    await waitFor(() => tcpSockets() <= baselineSockets, 'every socket to be gone');
    assert.equal(builtClient.sharedPool.size, 0);
  });

  it('two config nodes describing the same robot and user share one session', async () => {
    const port = sim?.port ?? 0;
    const flow = placed([
      tab(),
      sessionNode(port),
      sessionNode(port, { id: 'robot2', name: 'same robot' }),
      { id: 'a', type: 'kortex-list-connections', z: TAB, session: 'robot', wires: [] },
      { id: 'b', type: 'kortex-list-connections', z: TAB, session: 'robot2', wires: [] },
    ]);
    await helper.load(builtNodes(), flow, { robot: { password: PASSWORDS.admin }, robot2: { password: PASSWORDS.admin } });
    await allOpen(['a', 'b']);
    onlySession();
  });

  it("a config node's own close completes at once", async () => {
    await helper.load(builtNodes(), flowWith(sim?.port ?? 0, userNodes(2)), credentials);
    await allOpen(['user0', 'user1']);
    const config = helper.getNode('robot') as unknown as { close(removed: boolean): Promise<void> };
    const started = Date.now();
    await config.close(true);
    assert.ok(Date.now() - started < 100, `close took ${Date.now() - started} ms`);
  });
});
