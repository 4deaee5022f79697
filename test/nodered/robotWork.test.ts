/**
 * kortex-robot-state, kortex-run-job and kortex-robot-command in the Node-RED runtime against the
 * simulator: arm state changes with ready/faulted and one shared robot subscription; list, a job
 * run to done, BUSY, a fault mid-job, the job stopped (or not) when the flow is redeployed;
 * clear-faults, the emergency stop behind its checkbox, and a user without OPERATE refused by the
 * robot. Kortex 2 over TCP throughout; Kortex 3 (programs over mosquitto): a run to done, pause and
 * resume from kortex-robot-command, each stop (Base Stop, the quick stop, run-job's own) while a
 * program runs, as the robot itself then reports them.
 */
import assert from 'node:assert/strict';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { runningJob } from '../../src/simulator/services/base/armJob';
import { KortexSessionClient } from '../../src/client/session/client';
import { getArmState } from '../../src/client/services/base/armState';
import { getRunnerStatus } from '../../src/client/services/programRunner/programs';
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
  statuses,
  placed,
  sessionNode,
  tab,
  testUsers,
} from './support';
import { sleep, waitFor } from '../helpers/wait';

interface JobMessage {
  event: string;
  job: { name: string; handle: number };
  reason?: string;
  code?: string;
  durationMs?: number;
}

interface Caught {
  message: string;
  code?: string;
}

const JOBS = [
  { name: 'Quick', durationMs: 200 },
  { name: 'Long', durationMs: 4000 },
];

function node(type: string, id: string, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, type, z: TAB, name: '', session: 'robot', wires: [[`${id}-out`]], ...extra };
}

function flowOf(port: number, nodes: FlowNode[], session: Partial<FlowNode> = {}): FlowNode[] {
  return placed([
    tab(),
    sessionNode(port, session),
    ...nodes,
    ...nodes.map((n) => helperNode(`${n.id}-out`)),
    catchNode(),
    helperNode('caught'),
  ]);
}

const login = (user: keyof typeof PASSWORDS): Record<string, Record<string, string>> => ({ robot: { password: PASSWORDS[user] } });

describe('the robot-work nodes against the simulator', function () {
  this.timeout(20000);
  let sim: RunningSimulator | undefined;
  let broker: MosquittoBroker | undefined;
  let asked: string[] = [];

  afterEach(async () => {
    await cleanUp(sim);
    await broker?.dispose();
    sim = undefined;
    broker = undefined;
    asked = [];
  });

  /** A Kortex 2 simulator on TCP with short jobs, the flow loaded; waits for every robot node's open session. */
  async function start(
    nodes: FlowNode[],
    options: Partial<StartSimulatorOptions> = {},
    user: keyof typeof PASSWORDS = 'admin',
  ): Promise<RunningSimulator> {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', port: 0, jobs: JOBS, users: testUsers(), ...options });
    sim.model.on('request', (name) => asked.push(name));
    await helper.load(builtNodes(), flowOf(sim.port ?? 0, nodes, { username: user }), login(user));
    await waitFor(() => nodes.every((n) => lastStatus(n.id)?.fill === 'green'), 'every node to show an open session');
    return sim;
  }

  const input = (id: string, msg: TestMessage): void => helper.getNode(id)?.receive(msg);

  async function nextWhere(received: TestMessage[], test: (m: TestMessage) => boolean, what: string): Promise<TestMessage> {
    return waitFor(() => received.find(test), what);
  }

  const events = (received: TestMessage[]): string[] => received.map((m) => `${m.topic} ${(m.payload as JobMessage).job?.name}`);

  describe('kortex-robot-state', () => {
    it('a pushed change reaches the output with faulted; an input gets the current state; two nodes share one robot subscription', async () => {
      const subscribes: string[] = [];
      await start([node('kortex-robot-state', 'state1'), node('kortex-robot-state', 'state2')]);
      // Counted from the start: the login's subscription is made before the nodes show green.
      const robot = sim as RunningSimulator;
      assert.equal(asked.filter((n) => n === 'OnNotificationArmStateTopic').length, 1, 'one robot subscription for two nodes');
      robot.model.on('request', (name) => subscribes.push(name));
      const out1 = collect('state1-out');
      const out2 = collect('state2-out');
      robot.setArmState('ARMSTATE_IN_FAULT');
      const fault = await nextWhere(out1, (m) => m.faulted === true, 'the fault at state1');
      assert.equal((fault.payload as { activeState: string }).activeState, 'ARMSTATE_IN_FAULT');
      assert.equal(fault.ready, false);
      assert.equal((fault.kortex as { rpc: string }).rpc, 'OnNotificationArmStateTopic');
      await nextWhere(out2, (m) => m.faulted === true, 'the fault at state2');
      await waitFor(() => lastStatus('state1')?.fill === 'red', 'a red status: ' + JSON.stringify(statuses('state1')));
      assert.equal(lastStatus('state1')?.text, 'IN_FAULT');

      robot.setArmState('ARMSTATE_SERVOING_READY');
      await nextWhere(out1, (m) => m.ready === true, 'ready again');
      input('state1', { payload: 'now', marker: 1 });
      const asked1 = await nextWhere(out1, (m) => m.marker === 1, 'the answer to an input');
      assert.deepEqual(
        { state: (asked1.payload as { activeState: string }).activeState, ready: asked1.ready, faulted: asked1.faulted },
        { state: 'ARMSTATE_SERVOING_READY', ready: true, faulted: false },
      );
      assert.equal((asked1.kortex as { rpc: string }).rpc, 'GetArmState');
      assert.equal(subscribes.filter((n) => n === 'OnNotificationArmStateTopic').length, 0, 'no second subscription later');
    });
  });

  describe('kortex-run-job', () => {
    it('lists the jobs, runs one to done, refuses a second start while busy (BUSY to Catch)', async () => {
      await start([node('kortex-run-job', 'jobs', { job: 'Quick' })]);
      const out = collect('jobs-out');
      const caught = collect('caught');
      input('jobs', { payload: 'list' });
      const list = await nextWhere(out, (m) => Array.isArray(m.payload), 'the job list');
      assert.deepEqual(
        (list.payload as Array<{ name: string }>).map((j) => j.name),
        ['Quick', 'Long'],
      );
      assert.equal((list.kortex as { rpc: string }).rpc, 'ReadAllActions');

      input('jobs', { payload: 'start', job: 'Long' });
      await nextWhere(out, (m) => m.topic === 'started', 'started');
      input('jobs', { payload: 'start' });
      const busy = await nextWhere(caught, () => true, 'the BUSY error');
      assert.equal((busy.error as Caught).code, 'BUSY');
      input('jobs', { payload: 'stop' });
      const aborted = await nextWhere(out, (m) => m.topic === 'aborted', 'aborted after stop');
      assert.match((aborted.payload as JobMessage).reason ?? '', /stopped at our request/);

      input('jobs', { topic: 'start', payload: 1 });
      const done = await nextWhere(out, (m) => m.topic === 'done', 'done');
      const payload = done.payload as JobMessage;
      assert.deepEqual(payload.job, { name: 'Quick', handle: 1 });
      assert.ok((payload.durationMs ?? 0) >= 150, `a cycle time, got ${payload.durationMs}`);
      assert.deepEqual(events(out).slice(-2), ['started Quick', 'done Quick']);
      assert.ok(asked.includes('ExecuteActionFromReference') && asked.includes('StopAction'));
    });

    it('a fault mid-job aborts the run with the robot reason; clear-faults makes the next start work', async () => {
      await start([node('kortex-run-job', 'jobs', { job: 'Quick' }), node('kortex-robot-command', 'cmd', { command: 'clear-faults' })], {
        fault: 'mid-job',
      });
      const out = collect('jobs-out');
      const commands = collect('cmd-out');
      input('jobs', { payload: 'start' });
      const aborted = await nextWhere(out, (m) => m.topic === 'aborted', 'aborted by the fault');
      const payload = aborted.payload as JobMessage;
      assert.match(payload.reason ?? '', /aborted by the robot/);
      assert.ok(payload.code && payload.code !== 'UNKNOWN', `the robot's code, got ${payload.code}`);

      input('cmd', { payload: 1 });
      const cleared = await nextWhere(commands, () => true, 'clear-faults done');
      assert.deepEqual(cleared.payload, { command: 'clear-faults', done: true });
      assert.equal((cleared.kortex as { rpc: string }).rpc, 'ClearFaults');
      input('jobs', { payload: 'start' });
      await nextWhere(out, (m) => m.topic === 'done', 'done after clear-faults');
    });

    for (const stopOnClose of [true, false]) {
      it(`a redeploy while a job runs ${stopOnClose ? 'stops it on the robot' : 'leaves it running (checkbox off)'}`, async () => {
        const jobNode = node('kortex-run-job', 'jobs', { job: 'Long', stopOnClose });
        const robot = await start([jobNode]);
        input('jobs', { payload: 'start' });
        await nextWhere(collect('jobs-out'), (m) => m.topic === 'started', 'started');
        const redeployed = flowOf(robot.port ?? 0, [{ ...jobNode, name: 'changed' }]);
        await deploy(redeployed, 'nodes', login('admin'));
        await sleep(300);
        const stopped = asked.includes('StopAction');
        assert.equal(stopped, stopOnClose, `StopAction ${stopOnClose ? '' : 'not '}sent`);
        assert.equal(runningJob(robot.model.serviceContext)?.job.name === 'Long', !stopOnClose, 'the job on the robot');
      });
    }
  });

  describe('kortex-robot-command', () => {
    it('emergency-stop is refused without the checkbox (nothing sent) and done with it', async () => {
      await start([
        node('kortex-robot-command', 'off', { command: 'emergency-stop' }),
        node('kortex-robot-command', 'on', { command: 'emergency-stop', allowEmergencyStop: true }),
      ]);
      const caught = collect('caught');
      const done = collect('on-out');
      input('off', { payload: 1 });
      const refused = await nextWhere(caught, () => true, 'the refusal');
      assert.equal((refused.error as Caught).code, 'INVALID_INPUT');
      assert.match((refused.error as Caught).message, /Allow emergency stop/);
      assert.equal(asked.includes('ApplyEmergencyStop'), false, 'nothing sent');
      input('on', { payload: 'emergency-stop' });
      const answer = await nextWhere(done, () => true, 'emergency-stop done');
      assert.deepEqual(answer.payload, { command: 'emergency-stop', done: true });
      assert.ok(asked.includes('ApplyEmergencyStop'));
    });

    it('a user without OPERATE gets the robot access error at the Catch node, from robot-command and run-job', async () => {
      await start(
        [node('kortex-robot-command', 'cmd', { command: 'stop' }), node('kortex-run-job', 'jobs', { job: 'Quick' })],
        {},
        'system',
      );
      const caught = collect('caught');
      input('cmd', { payload: 1 });
      const refused = await nextWhere(caught, () => true, 'the refused stop');
      assert.equal((refused.error as Caught).code, 'ERROR_DEVICE/INVALID_USER_SESSION_ACCESS');
      input('jobs', { payload: 'start' });
      const start2 = await nextWhere(caught, (m) => m !== refused, 'the refused start');
      assert.equal((start2.error as Caught).code, 'ERROR_DEVICE/INVALID_USER_SESSION_ACCESS');
      assert.match((start2.error as Caught).message, /ExecuteActionFromReference/);
    });
  });

  describe('Kortex 3 (programs on mosquitto)', () => {
    /** Programs for the Kortex 3 cases: Cycle is long enough to pause, short enough to finish. */
    const K3_JOBS = [...JOBS, { name: 'Cycle', durationMs: 1200 }];
    let robotClient: KortexSessionClient | undefined;

    afterEach(async () => {
      await robotClient?.close();
      robotClient = undefined;
    });

    /** A Kortex 3 simulator on a private mosquitto, the flow loaded over MQTT; waits for every node's open session. */
    async function startK3(nodes: FlowNode[]): Promise<RunningSimulator> {
      broker = await startMosquitto();
      sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: broker.url, jobs: K3_JOBS, users: testUsers() });
      sim.model.on('request', (name) => asked.push(name));
      await helper.load(builtNodes(), flowOf(0, nodes, { transport: 'mqtt', port: String(broker.port) }), login('admin'));
      await waitFor(() => nodes.every((n) => lastStatus(n.id)?.fill === 'green'), 'every node to show an open session');
      return sim;
    }

    /** What the robot itself says over its API (a session of its own): ProgramRunner's status and the arm state. */
    async function robotSays(): Promise<{ runner: string; arm: string }> {
      robotClient ??= new KortexSessionClient({
        host: '127.0.0.1',
        port: broker?.port,
        transport: 'mqtt',
        username: 'operator',
        password: PASSWORDS.operator,
      });
      robotClient.on('problem', () => undefined);
      if (robotClient.state !== 'open') await robotClient.openOnce();
      const runner = await getRunnerStatus(robotClient);
      const arm = await getArmState(robotClient);
      return { runner: runner.payload.status, arm: arm.payload.activeState };
    }

    it('run-job starts a program and reports started then done', async () => {
      await startK3([node('kortex-run-job', 'jobs', { job: 'Quick' })]);
      const out = collect('jobs-out');
      input('jobs', { payload: 'start' });
      await nextWhere(out, (m) => m.topic === 'done', 'done');
      assert.deepEqual(events(out), ['started Quick', 'done Quick']);
      assert.ok(asked.includes('Start'), 'ProgramRunner Start');
    });

    it('robot-command pause: run-job reports paused and the program holds; resume: resumed, then done with the pause in its cycle time', async () => {
      await startK3([node('kortex-run-job', 'jobs', { job: 'Cycle' }), node('kortex-robot-command', 'cmd', { command: 'pause' })]);
      const out = collect('jobs-out');
      const commands = collect('cmd-out');
      input('jobs', { payload: 'start' });
      await nextWhere(out, (m) => m.topic === 'started', 'started');

      input('cmd', { payload: 'pause' });
      const paused = await nextWhere(commands, () => true, 'pause done');
      assert.deepEqual(paused.payload, { command: 'pause', done: true });
      assert.equal((paused.kortex as { rpc: string }).rpc, 'Pause', 'ProgramRunner Pause');
      await nextWhere(out, (m) => m.topic === 'paused', 'paused');
      assert.equal((await robotSays()).runner, 'STATUS_PAUSED');
      const pausedMs = 600;
      await sleep(pausedMs);
      assert.deepEqual(events(out), ['started Cycle', 'paused Cycle'], 'nothing happened while paused');

      input('cmd', { payload: 'resume' });
      const resumed = await nextWhere(commands, (m) => (m.payload as { command: string }).command === 'resume', 'resume done');
      assert.equal((resumed.kortex as { rpc: string }).rpc, 'Resume', 'ProgramRunner Resume');
      const done = await nextWhere(out, (m) => m.topic === 'done', 'done after resume');
      assert.deepEqual(events(out), ['started Cycle', 'paused Cycle', 'resumed Cycle', 'done Cycle']);
      // The robot kept the remaining time while paused: the cycle is the program's 1200 ms plus the pause.
      const cycleMs = (done.payload as JobMessage).durationMs ?? 0;
      assert.ok(cycleMs >= 1200 + pausedMs - 50, `a cycle time of ${cycleMs} ms for a 1200 ms program paused ${pausedMs} ms`);
      assert.equal((await robotSays()).runner, 'STATUS_IDLE');
    });

    const STOPS = [
      { what: 'robot-command stop (Base Stop)', command: 'stop', rpc: 'Stop', who: /aborted by the robot/ },
      {
        what: 'robot-command emergency-stop (ApplyQuickStop)',
        command: 'emergency-stop',
        rpc: 'ApplyQuickStop',
        who: /aborted by the robot/,
      },
      { what: "run-job's own stop (ProgramRunner Stop)", command: undefined, rpc: undefined, who: /stopped at our request/ },
    ] as const;
    for (const stop of STOPS) {
      it(`${stop.what} while a program runs: run-job reports aborted with the robot's reason, the robot runs no program, the arm is not in fault`, async () => {
        await startK3([
          node('kortex-run-job', 'jobs', { job: 'Long' }),
          node('kortex-robot-command', 'cmd', { command: 'stop', allowEmergencyStop: true }),
        ]);
        const out = collect('jobs-out');
        const commands = collect('cmd-out');
        input('jobs', { payload: 'start' });
        await nextWhere(out, (m) => m.topic === 'started', 'started');
        assert.equal((await robotSays()).runner, 'STATUS_RUNNING');

        if (stop.command) {
          input('cmd', { payload: stop.command });
          const answer = await nextWhere(commands, () => true, `${stop.command} done`);
          assert.deepEqual(answer.payload, { command: stop.command, done: true });
          assert.equal((answer.kortex as { rpc: string }).rpc, stop.rpc);
        } else {
          input('jobs', { payload: 'stop' });
        }
        const aborted = await nextWhere(out, (m) => m.topic === 'aborted', 'aborted');
        const payload = aborted.payload as JobMessage;
        assert.equal(payload.code, 'STOPPED', `the robot's event, got ${JSON.stringify(payload)}`);
        assert.match(payload.reason ?? '', stop.who);
        assert.match(payload.reason ?? '', /CONTROL_MANUAL_STOP/, "the robot's reason");
        assert.deepEqual(events(out), ['started Long', 'aborted Long']);
        assert.deepEqual(await robotSays(), { runner: 'STATUS_IDLE', arm: 'ARMSTATE_SERVOING_READY' });
      });
    }

    it("robot-command pause with no program running: the robot's refusal at the Catch node", async () => {
      await startK3([node('kortex-robot-command', 'cmd', { command: 'pause' })]);
      const caught = collect('caught');
      input('cmd', { payload: 1 });
      const refused = await nextWhere(caught, () => true, 'the refused pause');
      assert.equal((refused.error as Caught).code, 'ERROR_DEVICE/METHOD_FAILED');
      assert.ok(asked.includes('Pause'), 'ProgramRunner Pause sent');
    });
  });
});
