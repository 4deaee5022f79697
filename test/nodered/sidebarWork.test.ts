/**
 * The robot's own work on the sidebar card, in the Node-RED runtime against the simulator (Kortex 2
 * over TCP, Kortex 3 over mosquitto): what kortex-robot-state and kortex-run-job hear shows on the
 * card of their robot (GET /kortex/sidebar) and each change is pushed as a comms notice: the arm
 * state, a job while it runs or is paused (gone when done), a fault with the job it aborted (gone
 * after clear-faults). Without a robot-work node the card shows none of it, and the open sidebar
 * makes no robot subscription of its own; a removed node takes its rows with it.
 */
import assert from 'node:assert/strict';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import type { RobotCard } from '../../nodes/admin/robotCards';
import { CARD_TOPIC } from '../../nodes/admin/sidebarNotices';
import {
  FlowNode,
  PASSWORDS,
  TAB,
  TestMessage,
  assertNoPassword,
  builtNodes,
  catchNode,
  cleanUp,
  collect,
  deploy,
  helper,
  helperNode,
  lastStatus,
  placed,
  sessionNode,
  tab,
  testUsers,
} from './support';
import { waitFor } from '../helpers/wait';
import { JobRunner } from '../../src/client/jobs/jobRunner';
import { KortexSessionClient } from '../../src/client/session/client';

const JOBS = [
  { name: 'Cycle', durationMs: 800 },
  { name: 'Long', durationMs: 20_000 },
];
const CONFIG_ID = 'robot';
const credentials = { [CONFIG_ID]: { password: PASSWORDS.admin } };

function node(type: string, id: string, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, type, z: TAB, name: '', session: CONFIG_ID, wires: [[`${id}-out`]], ...extra };
}

function flowOf(nodes: FlowNode[], session: Partial<FlowNode>): FlowNode[] {
  return placed([
    tab(),
    sessionNode(0, session),
    ...nodes,
    ...nodes.map((n) => helperNode(`${n.id}-out`)),
    catchNode(),
    helperNode('caught'),
  ]);
}

interface Notice {
  topic: string;
  data: unknown;
}

describe('sidebar card: the robot-work nodes show the arm state, fault and running job', function () {
  this.timeout(30000);
  let sim: RunningSimulator | undefined;
  let broker: MosquittoBroker | undefined;
  let asked: string[] = [];
  let notices: Notice[] = [];
  const onComms = (event: Notice): void => {
    if (event.topic.startsWith('kortex/sidebar')) notices.push({ topic: event.topic, data: JSON.parse(JSON.stringify(event.data)) });
  };

  beforeEach(() => helper._events.on('comms', onComms));

  afterEach(async () => {
    helper._events.off('comms', onComms);
    await cleanUp(sim);
    await broker?.dispose();
    sim = undefined;
    broker = undefined;
    asked = [];
    notices = [];
  });

  /** The simulator of a generation (Kortex 3 on a private mosquitto) and the session settings that reach it. */
  async function robot(generation: 'k2' | 'k3'): Promise<Partial<FlowNode>> {
    if (generation === 'k2') {
      sim = await startSimulator({ generation: 'k2', transport: 'tcp', port: 0, jobs: JOBS, users: testUsers() });
    } else {
      broker = await startMosquitto();
      sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: broker.url, jobs: JOBS, users: testUsers() });
    }
    sim.model.on('request', (name) => asked.push(name));
    return generation === 'k2' ? { port: String(sim.port) } : { transport: 'mqtt', port: String(broker?.port) };
  }

  async function load(nodes: FlowNode[], session: Partial<FlowNode>): Promise<void> {
    await helper.load(builtNodes(), flowOf(nodes, session), credentials);
    await waitFor(() => nodes.every((n) => lastStatus(n.id)?.fill === 'green'), 'every node to show an open session');
  }

  /** The card as the editor reads it (this also keeps the sidebar's live updates going). */
  async function card(): Promise<RobotCard> {
    const res = await helper.request().get(`/kortex/sidebar?id=${CONFIG_ID}`).expect(200);
    const [only] = (res.body as { cards: RobotCard[] }).cards;
    assert.ok(only, 'no card for the config node');
    return only;
  }

  /**
   * Waits until the card satisfies `check` and, with `since` (notices.length when the change was
   * made, the sidebar open), for a comms notice of the card after it.
   */
  async function cardWhere(check: (c: RobotCard) => boolean, what: string, since?: number): Promise<RobotCard> {
    let last: RobotCard | undefined;
    const found = await waitFor(
      async () => {
        last = await card();
        return check(last) ? last : undefined;
      },
      what,
      5000,
      50,
    ).catch((err: Error) => assert.fail(`${err.message}; the card: ${JSON.stringify(last?.work)}`));
    if (since === undefined) return found;
    await waitFor(
      () => notices.slice(since).some((n) => n.topic === CARD_TOPIC && (n.data as { id: string }).id === CONFIG_ID),
      `a comms notice of the card after: ${what}`,
    );
    return found;
  }

  const input = (id: string, msg: TestMessage): void => helper.getNode(id)?.receive(msg);

  for (const generation of ['k2', 'k3'] as const) {
    it(`${generation}: arm ready; a job running, paused, cleared when done; a fault with the job it aborted, cleared by clear-faults`, async () => {
      const session = await robot(generation);
      await load(
        [
          node('kortex-robot-state', 'state'),
          node('kortex-run-job', 'jobs', { job: 'Cycle', stopOnClose: false }),
          node('kortex-robot-command', 'cmd', { command: 'clear-faults' }),
        ],
        session,
      );
      const out = collect('jobs-out');
      const idle = await cardWhere((c) => c.work?.arm?.activity === 'ready', 'the arm ready');
      assert.deepEqual(idle.work, { arm: { state: 'SERVOING_READY', activity: 'ready' } }, 'no job and no fault yet');

      // A job runs: on the card while it runs, gone when the robot says done.
      let mark = notices.length;
      input('jobs', { payload: 'start' });
      const running = await cardWhere((c) => c.work?.job?.state === 'running', 'the running job', mark);
      assert.equal(running.work?.job?.name, 'Cycle');
      assert.equal(running.work?.arm?.activity, 'running');
      mark = notices.length;
      await waitFor(() => out.find((m) => m.topic === 'done'), 'the job done');
      const after = await cardWhere((c) => !c.work?.job, 'the job gone after done', mark);
      assert.deepEqual(after.work, { arm: { state: 'SERVOING_READY', activity: 'ready' } });

      // Paused, then a fault: the fault names the job it aborted, the job row goes.
      mark = notices.length;
      input('jobs', { payload: 'start', job: 'Long' });
      await cardWhere((c) => c.work?.job?.name === 'Long' && c.work.job.state === 'running', 'Long running', mark);
      mark = notices.length;
      input('jobs', { payload: 'pause' });
      const paused = await cardWhere((c) => c.work?.job?.state === 'paused', 'Long paused', mark);
      assert.equal(paused.work?.arm?.activity, 'paused');
      mark = notices.length;
      sim?.injectFault();
      const faulted = await cardWhere((c) => c.work?.fault?.job === 'Long', 'the fault with the aborted job', mark);
      assert.deepEqual(faulted.work?.arm, { state: 'IN_FAULT', activity: 'fault' });
      assert.equal(faulted.work?.fault?.state, 'IN_FAULT');
      // The robot's reason: Kortex 2's abort details; Kortex 3's FAILED event, its payload in the reason.
      assert.equal(faulted.work?.fault?.code, generation === 'k2' ? 'ROBOT_IN_FAULT' : 'FAILED');
      assert.match(faulted.work?.fault?.reason ?? '', /ROBOT_IN_FAULT/);
      assert.equal(faulted.work?.job, undefined, 'the aborted job is no longer running');

      mark = notices.length;
      input('cmd', { payload: 1 });
      const cleared = await cardWhere((c) => c.work?.arm?.activity === 'ready', 'ready after clear-faults', mark);
      assert.deepEqual(cleared.work, { arm: { state: 'SERVOING_READY', activity: 'ready' } }, 'the fault is gone');
      assertNoPassword(
        notices.map((n) => JSON.stringify(n)),
        'a comms notice',
      );
      assertNoPassword([JSON.stringify(cleared)], 'the card');
    });
  }

  for (const generation of ['k2', 'k3'] as const) {
    it(`${generation}: a job another client runs shows too, marked as not started here, gone when it stops`, async () => {
      const session = await robot(generation);
      await load([node('kortex-robot-state', 'state'), node('kortex-run-job', 'jobs', { job: 'Cycle' })], session);
      const out = collect('jobs-out');
      await cardWhere((c) => c.work?.arm?.activity === 'ready', 'the arm ready');
      // Another client of the same robot (a second Node-RED, the CLI) starts and stops a job.
      const other = new KortexSessionClient({
        host: '127.0.0.1',
        port: generation === 'k2' ? sim?.port : broker?.port,
        transport: generation === 'k2' ? 'tcp' : 'mqtt',
        username: 'admin',
        password: PASSWORDS.admin,
      });
      const runner = new JobRunner(other);
      try {
        await other.openOnce();
        let mark = notices.length;
        const run = await runner.start('Long');
        const shown = await cardWhere((c) => c.work?.job?.name === 'Long', "the other client's job", mark);
        assert.equal(shown.work?.job?.state, 'running');
        assert.equal(shown.work?.job?.elsewhere, true);
        assert.equal(shown.work?.arm?.activity, 'running');
        assert.equal(out.length, 0, 'the run-job node sends nothing for a job it did not start');
        mark = notices.length;
        await runner.stop();
        await run.finished;
        const after = await cardWhere((c) => !c.work?.job, 'the job row gone after the stop', mark);
        assert.deepEqual(after.work, { arm: { state: 'SERVOING_READY', activity: 'ready' } });
      } finally {
        runner.close();
        await other.close();
      }
    });
  }

  it('without a robot-work node the open sidebar shows none of it and subscribes nothing; a removed node takes its rows with it', async () => {
    const session = await robot('k2');
    const list = node('kortex-list-connections', 'list');
    await load([list], session);
    const first = await card();
    await card(); // the sidebar is open and polling
    assert.equal(first.state, 'open');
    assert.equal(first.work, undefined);
    sim?.setArmState('ARMSTATE_IN_FAULT');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await card()).work, undefined, 'nobody hears the arm: no row');
    const subscriptions = (): string[] => asked.filter((n) => n.startsWith('OnNotification'));
    assert.deepEqual(subscriptions(), [], 'the sidebar subscribed the robot');
    sim?.setArmState('ARMSTATE_SERVOING_READY');

    // Two robot-state nodes added (only they start) with the sidebar open: one robot subscription of the arm state.
    const withState = flowOf([list, node('kortex-robot-state', 'state1'), node('kortex-robot-state', 'state2')], session);
    await deploy(withState, 'nodes', credentials);
    const heard = await cardWhere((c) => c.work?.arm?.activity === 'ready', 'the arm from the robot-state nodes', notices.length);
    assert.deepEqual(subscriptions(), ['OnNotificationArmStateTopic']);

    // The robot-state nodes are deleted; the session goes on (same session id): the rows go with the nodes.
    const mark = notices.length;
    await deploy(flowOf([list], session), 'nodes', credentials);
    const gone = await cardWhere((c) => c.work === undefined, 'the arm row gone with its nodes', mark);
    assert.equal(gone.state, 'open');
    assert.equal(gone.sessionId, heard.sessionId, 'the same session: the rows went with the nodes, not with the session');
  });
});
