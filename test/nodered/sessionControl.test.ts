/**
 * kortex-session-control in the Node-RED runtime: a release of the shared session shows in every node
 * on that config (grey "released"; calls fail at once with RELEASED; session-events says
 * "released") and in the sidebar card; acquire, reconnect and status answer with the session's
 * state; a wrong command is a clear error. A release survives "nodes", "flows" and "full" deploys
 * and a change of the config's settings.
 */
import assert from 'node:assert/strict';
import type { RunningSimulator } from '../../src/simulator';
import {
  FlowNode,
  PASSWORDS,
  TAB,
  TestMessage,
  builtNodes,
  catchNode,
  cleanUp,
  collect,
  deploy,
  helper,
  helperNode,
  lastStatus,
  placed,
  recordRequests,
  sessionNode,
  simulator,
  tab,
} from './support';
import { sleep, waitFor } from '../helpers/wait';

interface Summary {
  command: string;
  state: string;
  released: boolean;
  sessionId: number;
}

const credentials = { robot: { password: PASSWORDS.admin } };

function flowWith(port: number, session: Partial<FlowNode> = {}, listName = 'list'): FlowNode[] {
  return placed([
    tab(),
    sessionNode(port, session),
    { id: 'control', type: 'kortex-session-control', z: TAB, name: '', session: 'robot', command: 'status', wires: [['control-out']] },
    { id: 'list', type: 'kortex-list-connections', z: TAB, name: listName, session: 'robot', wires: [['list-out']] },
    { id: 'events', type: 'kortex-session-events', z: TAB, name: '', session: 'robot', watchSessions: false, wires: [['events-out']] },
    catchNode(),
    helperNode('caught'),
    helperNode('control-out'),
    helperNode('list-out'),
    helperNode('events-out'),
  ]);
}

describe('kortex-session-control: release, acquire, reconnect and status of the shared session', function () {
  this.timeout(20000);
  let sim: RunningSimulator | undefined;

  afterEach(async () => {
    await cleanUp(sim);
    sim = undefined;
  });

  /** Sends `msg` to the control node and returns its answer. */
  async function command(out: TestMessage[], msg: Record<string, unknown>): Promise<Summary> {
    const before = out.length;
    helper.getNode('control')?.receive(msg);
    await waitFor(() => out.length > before, `the answer to ${JSON.stringify(msg)}`);
    return out[out.length - 1].payload as Summary;
  }

  async function sidebarState(): Promise<string> {
    const res = await helper.request().get('/kortex/sidebar').expect(200);
    return (res.body as { cards: Array<{ state: string }> }).cards.map((c) => c.state).join();
  }

  it('a release shows in every node on the config and in the sidebar; acquire, reconnect and status answer with the state', async () => {
    sim = await simulator('k3');
    const requests = recordRequests(sim);
    await helper.load(builtNodes(), flowWith(sim.port ?? 0), credentials);
    const out = collect('control-out');
    const events = collect('events-out');
    const caught = collect('caught');
    await waitFor(
      () => ['control', 'list', 'events'].every((id) => lastStatus(id)?.fill === 'green'),
      'every node to show the open session',
    );
    const first = (await command(out, {})).sessionId;
    assert.ok(first > 0);

    const released = await command(out, { payload: 'release' });
    assert.deepEqual(
      { ...released, robot: undefined },
      { command: 'release', state: 'released', released: true, sessionId: 0, robot: undefined },
    );
    assert.equal(sim.model.sessions().length, 0, 'the robot has no session');
    for (const id of ['control', 'list', 'events'])
      assert.deepEqual(lastStatus(id), { fill: 'grey', shape: 'ring', text: 'released' }, `${id}'s status`);
    await waitFor(() => events.some((m) => (m.payload as { event: string }).event === 'released'), 'the "released" event');
    assert.equal(events.find((m) => (m.payload as { event: string }).event === 'released')?.topic, 'state');
    assert.equal(
      (events.find((m) => (m.payload as { event: string }).event === 'released')?.payload as { sessionId: number }).sessionId,
      first,
    );
    assert.equal(await sidebarState(), 'released');

    const sent = requests.length;
    helper.getNode('list')?.receive({ payload: 'who?' });
    await waitFor(() => caught.length === 1, 'the list call to fail');
    assert.equal((caught[0].error as { code: string }).code, 'RELEASED');
    await sleep(600);
    assert.equal(requests.length, sent, 'nothing was sent to the robot while released (no call, no retry)');

    // msg.topic names the command when the payload is not a string (an inject's timestamp).
    const acquired = await command(out, { topic: 'acquire', payload: Date.now() });
    assert.equal(acquired.state, 'open');
    assert.notEqual(acquired.sessionId, first);
    assert.equal(lastStatus('list')?.fill, 'green');
    assert.equal(await sidebarState(), 'open');

    const reconnected = await command(out, { payload: 'reconnect' });
    assert.equal(reconnected.state, 'open');
    assert.notEqual(reconnected.sessionId, acquired.sessionId);
    assert.deepEqual(
      sim.model.sessions().map((s) => s.sessionId),
      [reconnected.sessionId],
    );

    helper.getNode('control')?.receive({ payload: 'hand over' });
    await waitFor(() => caught.length === 2, 'the wrong command to fail');
    assert.equal((caught[1].error as { code: string }).code, 'INVALID_INPUT');
    assert.match((caught[1].error as { message: string }).message, /"release", "acquire", "reconnect" or "status".*"hand over"/);
  });

  it('a release survives "nodes", "flows" and "full" deploys and a change of the config\'s settings', async () => {
    sim = await simulator('k3');
    await helper.load(builtNodes(), flowWith(sim.port ?? 0), credentials);
    await waitFor(() => lastStatus('list')?.fill === 'green', 'the open session');
    const out = collect('control-out');
    await command(out, { payload: 'release' });
    assert.equal(sim.model.sessions().length, 0);

    const redeploys: Array<[type: 'nodes' | 'flows' | 'full', flow: FlowNode[]]> = [
      ['nodes', flowWith(sim.port ?? 0, {}, 'list (renamed)')],
      ['flows', flowWith(sim.port ?? 0, {}, 'list (renamed again)')],
      ['full', flowWith(sim.port ?? 0, {}, 'list (renamed again)')],
      ['full', flowWith(sim.port ?? 0, { requestTimeout: '3000' }, 'list (renamed again)')],
    ];
    for (const [type, flow] of redeploys) {
      await deploy(flow, type, credentials);
      // A client that logged in again would have done so within milliseconds.
      await sleep(300);
      assert.equal(sim.model.sessions().length, 0, `no session after a "${type}" deploy`);
      assert.deepEqual(lastStatus('list'), { fill: 'grey', shape: 'ring', text: 'released' }, `the status after a "${type}" deploy`);
    }
    const status = await command(collect('control-out'), { payload: 'status' });
    assert.equal(status.state, 'released');
  });
});
