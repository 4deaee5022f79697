/**
 * Lifecycle soak: 200 deploys alternating full, flows and nodes (with user nodes added and removed
 * and the robot settings changed now and then), through the real Node-RED runtime. Afterwards the
 * simulator holds no leaked session or socket, the pool is empty, and the process has no more
 * active handles or timers than before the soak (process.getActiveResourcesInfo()).
 */
import assert from 'node:assert/strict';
import type { RunningSimulator } from '../../src/simulator';
import { failOnUncaught } from '../helpers/guards';
import { ROBOT_PASSWORDS, startTestRobot } from '../helpers/robotUsers';
import { resourceCounts, resourceGrowth, sleep, waitFor } from '../helpers/wait';
import { FlowNode, TAB, builtClient, builtNodes, cleanUp, helper, helperNode, nextMessage, sessionNode, tab } from '../nodered/support';

type DeployType = 'full' | 'flows' | 'nodes';

describe('reliability: lifecycle soak (200 deploys)', function () {
  this.timeout(60000);
  let sim: RunningSimulator | undefined;

  afterEach(async () => {
    await cleanUp(sim);
    sim = undefined;
  });
  failOnUncaught();

  /** Flow nodes need a position: Node-RED 4 treats a node without x/y as a config node. */
  const placed = (n: FlowNode): FlowNode => (n.type === 'tab' || n.type === 'kortex-session' ? n : { x: 100, y: 100, ...n });

  function flow(port: number, step: number, withKortex = true): FlowNode[] {
    return flowNodes(port, step, withKortex).map(placed);
  }

  function flowNodes(port: number, step: number, withKortex: boolean): FlowNode[] {
    if (!withKortex) return [tab(), helperNode('out')];
    const nodes: FlowNode[] = [
      tab(),
      // Every 25 steps the robot settings change: the pool must replace the client and end the old session.
      sessionNode(port, { requestTimeout: Math.floor(step / 25) % 2 === 0 ? '2000' : '2500' }),
      helperNode('out'),
      // The name changes every step, so 'nodes' and 'flows' deploys really restart something.
      { id: 'list', type: 'kortex-list-connections', z: TAB, name: `list ${step}`, session: 'robot', wires: [['out']] },
      { id: 'access', type: 'kortex-access-control', z: TAB, action: 'get', session: 'robot', wires: [['out']] },
      { id: 'role', type: 'kortex-add-temporary-role', z: TAB, action: 'remove', session: 'robot', wires: [['out']] },
      { id: 'events', type: 'kortex-session-events', z: TAB, session: 'robot', watchConnections: true, watchInterval: '0.2', wires: [[]] },
    ];
    // User nodes come and go every 10 steps.
    if (Math.floor(step / 10) % 2 === 1) {
      nodes.push({ id: 'extra', type: 'kortex-list-connections', z: TAB, name: 'another list', session: 'robot', wires: [['out']] });
    }
    return nodes;
  }

  it('leaves no session, socket, handle or timer behind', async function () {
    sim = await startTestRobot('k3');
    const port = sim.port as number;
    const server = sim.server as unknown as { socketCount: number };
    const credentials = { robot: { password: ROBOT_PASSWORDS.admin } };
    let sessionsOpened = 0;
    let sessionsClosed = 0;
    sim.model.on('session-opened', () => sessionsOpened++);
    sim.model.on('session-closed', () => sessionsClosed++);

    // Baseline: the runtime with a flow but no Kortex node.
    await helper.load(builtNodes(), flow(port, 0, false), credentials);
    await sleep(50);
    const baseline = resourceCounts();

    const types: DeployType[] = ['full', 'flows', 'nodes'];
    let maxSessions = 0;
    const started = Date.now();
    const restarted: Record<DeployType, { list: number; access: number; count: number }> = {
      full: { list: 0, access: 0, count: 0 },
      flows: { list: 0, access: 0, count: 0 },
      nodes: { list: 0, access: 0, count: 0 },
    };
    for (let step = 1; step <= 200; step++) {
      const type = types[step % 3];
      const [listBefore, accessBefore] = [helper.getNode('list'), helper.getNode('access')];
      // Calls in flight while their nodes are being stopped.
      if (step % 4 === 0) {
        helper.getNode('list')?.receive({ payload: step });
        helper.getNode('access')?.receive({ payload: step });
      }
      await helper.setFlows(flow(port, step), type, credentials);
      const configChanged = step % 25 === 0;
      if (listBefore && !configChanged) {
        restarted[type].count++;
        if (helper.getNode('list') !== listBefore) restarted[type].list++;
        if (helper.getNode('access') !== accessBefore) restarted[type].access++;
      }
      maxSessions = Math.max(maxSessions, sim.model.sessions().length);
      if (step % 7 === 0) await sleep(25); // let keep-alives, polls and replies interleave with deploys
      if (step % 20 === 0) {
        // The flow still works after all these deploys, on one session.
        const reply = nextMessage('out', 4000);
        helper.getNode('list')?.receive({ payload: step });
        const msg = await reply;
        assert.ok(Array.isArray((msg.payload as { userConnections?: unknown[] }).userConnections), `step ${step}: GetConnections works`);
        await waitFor(() => sim?.model.sessions().length === 1, `step ${step}: exactly one session`, 3000);
        assert.ok(server.socketCount <= 1, `step ${step}: ${server.socketCount} sockets on the robot`);
      }
    }
    const soakMs = Date.now() - started;
    // The three deploy types really differ: the renamed node restarts every time; an unchanged one only on full and flows deploys.
    for (const type of types) assert.equal(restarted[type].list, restarted[type].count, `${type}: the changed node restarts`);
    assert.equal(restarted.full.access, restarted.full.count, 'full: every node restarts');
    assert.equal(restarted.flows.access, restarted.flows.count, 'flows: every node of the changed flow restarts');
    assert.equal(restarted.nodes.access, 0, 'nodes: an unchanged node keeps running');
    // A settings change replaces the client: for a moment the old session is closing while the new one opens.
    assert.ok(maxSessions <= 2, `at most the closing and the new session at once (saw ${maxSessions})`);
    assert.ok(
      sessionsOpened <= 1 + Math.ceil(200 / 25) + 1,
      `sessions are reused across deploys (${sessionsOpened} opened in 200 deploys)`,
    );

    // Remove every Kortex node: the session ends at once (no grace period for removed nodes).
    await helper.setFlows(flow(port, 201, false), 'full', credentials);
    await waitFor(() => sim?.model.sessions().length === 0, 'zero sessions after removing every node', 3000);
    await waitFor(() => server.socketCount === 0, 'zero sockets on the robot', 3000);
    assert.equal(builtClient.sharedPool.size, 0, 'the pool is empty');
    assert.equal(sessionsOpened, sessionsClosed, 'every session opened was closed');
    // Handles and timers settle back to the baseline (the robot's own listening socket was there before).
    await waitFor(
      () => resourceGrowth(baseline, resourceCounts()).length === 0,
      `no growth in active resources: ${resourceGrowth(baseline, resourceCounts()).join(', ')}`,
      5000,
    );
    console.log(`      (200 deploys in ${soakMs} ms, ${sessionsOpened} sessions opened)`);
  });
});
