/**
 * Every flow in examples/flows loads in the real runtime with the real core nodes (inject, debug,
 * change, switch, catch, comment, mqtt) and no error, and the ones that call the robot produce the output
 * their comments document, against the simulator (the flow's port rewritten to the simulator's).
 * The MQTT example publishes to a real mosquitto broker.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import mqtt from 'mqtt';
import { KortexSessionClient } from '../../src/client/session/client';
import type { RunningSimulator } from '../../src/simulator';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { NODE_TYPES, isConfigNode } from '../helpers/packageNodes';
import { requireTool } from '../helpers/requiredTool';
import {
  Credentials,
  FlowNode,
  LogRecorder,
  NodeModule,
  PASSWORDS,
  TestMessage,
  assertNoPassword,
  builtNodes,
  cleanUp,
  coreNode,
  helper,
  lastStatus,
  recordRequests,
  simulator,
} from './support';
import { sleep, waitFor } from '../helpers/wait';

const EXAMPLES_DIR = path.resolve(__dirname, '../../examples/flows');
const EXAMPLE_FILES = fs
  .readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

const CORE_NODES = [
  'common/20-inject.js',
  'common/21-debug.js',
  'common/90-comment.js',
  'function/10-switch.js',
  'function/15-change.js',
  'network/10-mqtt.js',
];

/** The password that grants each temporary role: that role's owning user's (docs/architecture.md, "The simulator"). */
const ROLE_PASSWORDS: Record<string, string> = { Admin: PASSWORDS.admin, System: PASSWORDS.system };

function readExample(file: string): FlowNode[] {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')) as FlowNode[];
}

/** Points the example at the simulator (and broker), and types the passwords a user would type. */
function prepare(nodes: FlowNode[], robotPort: number, brokerPort?: number): { flow: FlowNode[]; credentials: Credentials } {
  const credentials: Credentials = {};
  const flow = nodes.map((n) => {
    if (n.type === 'kortex-session') {
      credentials[n.id] = { password: PASSWORDS[n.username as keyof typeof PASSWORDS] };
      return { ...n, port: String(robotPort) };
    }
    if (n.type === 'kortex-add-temporary-role') credentials[n.id] = { rolePassword: ROLE_PASSWORDS[String(n.role)] };
    if (n.type === 'mqtt-broker' && brokerPort) return { ...n, broker: '127.0.0.1', port: String(brokerPort) };
    return n;
  });
  return { flow, credentials };
}

function byName(flow: FlowNode[], type: string, name: string): FlowNode {
  const node = flow.find((n) => n.type === type && n.name === name);
  assert.ok(node, `the example has a ${type} named "${name}"`);
  return node;
}

/** Everything a (debug) node receives from now on. */
function tap(id: string): TestMessage[] {
  const received: TestMessage[] = [];
  helper.getNode(id)?.on('input', (msg) => received.push(msg));
  return received;
}

function click(id: string): void {
  helper.getNode(id)?.receive({});
}

describe('example flows', function () {
  this.timeout(20000);
  let sim: RunningSimulator | undefined;
  let logs: LogRecorder | undefined;
  const allLines: string[] = [];
  const coreModules: NodeModule[] = CORE_NODES.map(coreNode);

  let requests: string[] = [];

  beforeEach(async () => {
    sim = await simulator('k3');
    requests = recordRequests(sim);
    logs = new LogRecorder();
  });

  afterEach(async () => {
    await cleanUp(sim);
    sim = undefined;
    logs?.stop();
    allLines.push(...(logs?.lines ?? []));
  });

  after(() => assertNoPassword(allLines, 'a log line'));

  async function load(file: string, brokerPort?: number): Promise<FlowNode[]> {
    const { flow, credentials } = prepare(readExample(file), sim?.port ?? 0, brokerPort);
    await helper.load([...builtNodes(), ...coreModules], flow, credentials);
    const robotNodes = flow.filter((n) => n.type.startsWith('kortex-') && n.type !== 'kortex-session');
    await waitFor(() => robotNodes.every((n) => lastStatus(n.id)?.fill === 'green'), `every robot node of ${file} to show an open session`);
    const errors = (logs?.lines ?? []).filter((l) => /^\[(10|20)\]/.test(l));
    assert.deepEqual(errors, [], `${file} loaded without errors`);
    return flow;
  }

  it('there is one example per task, each on its own tab, none carrying a password', () => {
    const titles = EXAMPLE_FILES.map((f) => readExample(f).find((n) => n.type === 'tab')?.label);
    assert.deepEqual(titles.sort(), [
      'Alert when someone else takes the robot',
      'Fleet overview over MQTT',
      'Handle robot errors with a Catch node',
      'List who is connected to the robot',
      'Lock the robot to one controlling source',
      'Publish session events to MQTT',
      'Raise a temporary Admin role for a maintenance window',
      'Robot job handshake with a PLC over Modbus TCP',
      'Robot session to a PLC over Modbus TCP',
      "Run the robot's stored jobs",
    ]);
    for (const file of EXAMPLE_FILES) {
      const nodes = readExample(file);
      assert.ok(
        nodes.every((n) => !('credentials' in n) && !('password' in n)),
        `${file} has no credentials`,
      );
      const session = nodes.find((n) => n.type === 'kortex-session');
      assert.deepEqual(session && { host: session.host, port: session.port, transport: session.transport }, {
        host: '127.0.0.1',
        port: '10000',
        transport: 'tcp',
      });
      for (const type of NODE_TYPES.filter((t) => !isConfigNode(t))) {
        assert.ok(
          EXAMPLE_FILES.some((f) => readExample(f).some((n) => n.type === type)),
          `some example uses ${type}`,
        );
      }
    }
  });

  it('"List who is connected to the robot": the debug sidebar shows the ConnectionList and the call details', async () => {
    const flow = await load('list-who-is-connected.json');
    const list = tap(byName(flow, 'debug', 'ConnectionList').id);
    const meta = tap(byName(flow, 'debug', 'call details').id);
    click(byName(flow, 'inject', 'who is connected?').id);
    await waitFor(() => list.length === 1 && meta.length === 1, 'both debug nodes');
    const payload = list[0].payload as { userConnections: Array<{ username: string }> };
    assert.deepEqual(
      payload.userConnections.map((c) => c.username),
      ['admin'],
    );
    assert.equal((meta[0].kortex as { rpc: string }).rpc, 'GetConnections');
  });

  it('"Raise a temporary Admin role for a maintenance window": roles go from [Operator, Admin] back to [Operator]', async () => {
    const flow = await load('raise-temporary-admin-role.json');
    const roles = tap(byName(flow, 'debug', 'session roles').id);
    const errors = tap(byName(flow, 'debug', 'what went wrong').id);
    click(byName(flow, 'inject', 'start maintenance').id);
    await waitFor(() => roles.length === 1, 'the roles after start');
    assert.deepEqual(roles[0].payload, ['Operator', 'Admin']);
    click(byName(flow, 'inject', 'end maintenance').id);
    await waitFor(() => roles.length === 2, 'the roles after end');
    assert.deepEqual(roles[1].payload, ['Operator']);
    assert.equal(errors.length, 0);
  });

  it('"Lock the robot to one controlling source": lock, unlock and read show the robot\'s options', async () => {
    const flow = await load('lock-to-one-controlling-source.json');
    const shown = tap(byName(flow, 'debug', 'access control now').id);
    click(byName(flow, 'inject', 'lock').id);
    await waitFor(() => shown.length === 1, 'lock');
    assert.deepEqual(shown[0].payload, { singleSourceControl: true, bypassRemoteAccess: false });
    assert.deepEqual(sim?.model.accessControl, { singleSourceControl: true, bypassRemoteAccess: false });
    click(byName(flow, 'inject', 'unlock').id);
    await waitFor(() => shown.length === 2, 'unlock');
    assert.deepEqual(shown[1].payload, { singleSourceControl: false, bypassRemoteAccess: false });
    click(byName(flow, 'inject', 'read').id);
    await waitFor(() => shown.length === 3, 'read');
    assert.deepEqual(shown[2].payload, { singleSourceControl: false, bypassRemoteAccess: false });
  });

  it('"Handle robot errors with a Catch node": a wrong role password and an unknown action reach the Catch node by name', async () => {
    const flow = await load('handle-robot-errors-with-catch.json');
    const alarms = tap(byName(flow, 'debug', 'robot error').id);
    const granted = tap(byName(flow, 'debug', 'role granted').id);
    click(byName(flow, 'inject', 'wrong role password').id);
    await waitFor(() => alarms.length === 1, 'the first alarm');
    const first = alarms[0].payload as { code: string; message: string; node: string };
    assert.equal(first.code, 'ERROR_DEVICE/INVALID_PASSWORD');
    assert.match(first.message, /AddTemporaryUserRole on 127\.0\.0\.1:\d+: ERROR_DEVICE\/INVALID_PASSWORD/);
    assert.equal(first.node, 'ask for System role');
    assert.equal('rolePassword' in alarms[0], false);
    click(byName(flow, 'inject', 'unknown action').id);
    await waitFor(() => alarms.length === 2, 'the second alarm');
    const second = alarms[1].payload as { code: string; message: string };
    assert.equal(second.code, 'INVALID_INPUT');
    assert.match(second.message, /msg\.action must be "add" or "remove", got the string "grant"/);
    assert.equal(granted.length, 0);
  });

  it('"Alert when someone else takes the robot": one alert per new session of another user, none for our own user', async () => {
    const flow = await load('alert-when-someone-else-takes-the-robot.json');
    const alerts = tap(byName(flow, 'debug', 'alert').id);
    await waitFor(() => requests.includes('GetConnections'), 'the first session list');
    await sleep(200);
    assert.equal(alerts.length, 0, 'only our own session is open: no alert');

    // The same user in a second session (a script with the flow's own account) is not "someone else".
    const sameUser = new KortexSessionClient({
      host: '127.0.0.1',
      port: sim?.port,
      transport: 'tcp',
      username: 'admin',
      password: PASSWORDS.admin,
    });
    await sameUser.openOnce();
    await waitFor(() => requests.filter((r) => r === 'GetConnections').length >= 3, 'two more polls');
    assert.equal(alerts.length, 0, 'no alert for our own user');

    const operator = new KortexSessionClient({
      host: '127.0.0.1',
      port: sim?.port,
      transport: 'tcp',
      username: 'operator',
      password: PASSWORDS.operator,
    });
    try {
      await operator.openOnce();
      await waitFor(() => alerts.length === 1, 'the alert', 5000);
      const alert = alerts[0];
      assert.equal(alert.topic, 'kortex/robot/alert');
      const payload = alert.payload as {
        alert: string;
        robot: string;
        sessions: Array<{ sessionIdentifier: number; userIdentifier: number }>;
        time: string;
      };
      assert.equal(payload.alert, 'another user took a session on the robot');
      assert.equal(payload.robot, `127.0.0.1:${sim?.port}`);
      assert.deepEqual(
        payload.sessions.map((x) => x.sessionIdentifier),
        [operator.sessionId],
      );
      assert.ok(!Number.isNaN(Date.parse(payload.time)));
      assert.equal('newcomers' in alert, false);
      // Still there at the next polls: no second alert.
      const polls = requests.filter((r) => r === 'GetConnections').length;
      await waitFor(() => requests.filter((r) => r === 'GetConnections').length >= polls + 2, 'two more polls');
      assert.equal(alerts.length, 1);
    } finally {
      await operator.close();
      await sameUser.close();
    }
  });

  describe('"Publish session events to MQTT"', () => {
    let broker: MosquittoBroker | undefined;

    before(function () {
      requireTool(this, MOSQUITTO_BIN, 'apt-get install mosquitto');
    });

    after(async () => {
      await broker?.dispose();
    });

    it('publishes state and connection events as JSON under kortex/robot/...', async () => {
      broker = await startMosquitto();
      const subscriber = await mqtt.connectAsync(broker.url, { reconnectPeriod: 0 });
      const published: Array<{ topic: string; payload: Record<string, unknown> }> = [];
      subscriber.on('message', (topic, payload) =>
        published.push({ topic, payload: JSON.parse(payload.toString()) as Record<string, unknown> }),
      );
      await subscriber.subscribeAsync('kortex/robot/#');
      try {
        const flow = await load('publish-session-events-to-mqtt.json', broker.port);
        const out = byName(flow, 'mqtt out', '');
        await waitFor(() => lastStatus(out.id)?.fill === 'green', 'the mqtt out node to connect');
        // The connection watch's first answer is its baseline; changes are counted from there.
        await waitFor(() => requests.includes('GetConnections'), 'the first connection poll');
        await sleep(100);
        // A reboot gives a full story once the broker link is up: lost, reconnecting, connecting, open.
        sim?.reboot();
        const states = (): string[] => published.filter((p) => p.topic === 'kortex/robot/state').map((p) => String(p.payload.event));
        const afterLoss = (): string[] => (states().includes('lost') ? states().slice(states().indexOf('lost')) : []);
        await waitFor(() => afterLoss().includes('open'), 'the session to be lost and back, on the broker', 8000);
        const open = published.filter((p) => p.topic === 'kortex/robot/state' && p.payload.event === 'open').pop();
        assert.equal(open?.payload.robot, `127.0.0.1:${sim?.port}`);
        assert.equal(typeof open?.payload.sessionId, 'number');
        assert.deepEqual(afterLoss(), ['lost', 'reconnecting', 'connecting', 'open']);
        // The watcher polls as soon as the session is back: the old session left, the new one appeared.
        const connections = (): string[] =>
          published.filter((p) => p.topic === 'kortex/robot/connection').map((p) => `${String(p.payload.event)} ${String(p.payload.list)}`);
        await waitFor(
          () => connections().includes('left userConnections') && connections().includes('appeared userConnections'),
          'connection events on the broker',
        );
      } finally {
        await subscriber.endAsync();
      }
    });
  });
});
