/**
 * Bad flows: every node fed wrong msg types, missing fields and huge strings, and nodes with a
 * missing or broken config. Each bad msg must end in done(err) with a clear text (a Catch node
 * sees it with the original msg), and nothing may reach the robot.
 */
import assert from 'node:assert/strict';
import type { RunningSimulator } from '../../src/simulator';
import { failOnUncaught } from '../helpers/guards';
import {
  FlowNode,
  LogRecorder,
  TAB,
  TestMessage,
  builtNodes,
  catchNode,
  cleanUp,
  collect,
  coreNode,
  helper,
  helperNode,
  sessionNode,
  tab,
} from '../nodered/support';
import { ROBOT_PASSWORDS, startTestRobot } from '../helpers/robotUsers';
import { sleep, waitFor } from '../helpers/wait';

const MB_STRING = 'R'.repeat(1024 * 1024);

interface Case {
  node: string;
  what: string;
  msg: TestMessage;
  error: RegExp;
}

describe('reliability: bad flows (built nodes, K3 simulator)', function () {
  this.timeout(20000);
  let sim: RunningSimulator | undefined;
  let log: LogRecorder | undefined;

  afterEach(async () => {
    log?.stop();
    log = undefined;
    await cleanUp(sim);
    sim = undefined;
  });
  failOnUncaught();

  function flow(port: number): FlowNode[] {
    const user = (id: string, type: string, extra: Partial<FlowNode> = {}): FlowNode => ({
      id,
      type,
      z: TAB,
      session: 'robot',
      wires: [['out']],
      ...extra,
    });
    return [
      tab(),
      sessionNode(port),
      helperNode('out'),
      helperNode('caught'),
      catchNode('catcher', ['caught']),
      user('list', 'kortex-list-connections'),
      user('role', 'kortex-add-temporary-role', { role: 'Admin', action: 'add' }),
      user('roleNoPw', 'kortex-add-temporary-role', { role: 'Admin', action: 'add' }),
      user('access', 'kortex-access-control', { action: 'get' }),
      // Watching nothing: its own GetConnections polls would be robot traffic this test must not see.
      user('events', 'kortex-session-events', { watchConnections: false, watchSessions: false, wires: [['evOut']] }),
      helperNode('evOut'),
      // Nodes whose config is missing or unusable.
      { id: 'orphan', type: 'kortex-list-connections', z: TAB, session: '', wires: [['out']] },
      { id: 'dangling', type: 'kortex-access-control', z: TAB, session: 'no-such-config', action: 'get', wires: [['out']] },
      sessionNode(port, { id: 'broken', port: 'ten thousand', username: 'admin' }),
      { id: 'onBroken', type: 'kortex-list-connections', z: TAB, session: 'broken', wires: [['out']] },
    ];
  }

  const cases: Case[] = [
    // kortex-add-temporary-role: msg.action, msg.role, msg.rolePassword
    { node: 'role', what: 'msg.action a number', msg: { action: 5 }, error: /msg\.action must be "add" or "remove", got number 5/ },
    {
      node: 'role',
      what: 'msg.action unknown',
      msg: { action: 'delete' },
      error: /msg\.action must be "add" or "remove", got the string "delete"/,
    },
    {
      node: 'role',
      what: 'msg.action an object',
      msg: { action: { add: true } },
      error: /msg\.action must be "add" or "remove", got an? object/,
    },
    {
      node: 'role',
      what: 'msg.action 1 MB',
      msg: { action: MB_STRING },
      error: /msg\.action must be "add" or "remove", got a long string/,
    },
    { node: 'role', what: 'msg.role a number', msg: { role: 42 }, error: /msg\.role must be a string, got a number/ },
    { node: 'role', what: 'msg.role an array', msg: { role: ['Admin'] }, error: /msg\.role must be a string, got an array/ },
    { node: 'role', what: 'msg.role blank', msg: { role: '   ' }, error: /the role identifier is empty/ },
    { node: 'role', what: 'msg.role 1 MB', msg: { role: MB_STRING }, error: /msg\.role is too long \(at most 1024 characters\)/ },
    {
      node: 'role',
      what: 'msg.rolePassword an object',
      msg: { rolePassword: { pw: 'x' } },
      error: /msg\.rolePassword must be a string, got an? object/,
    },
    {
      node: 'role',
      what: 'msg.rolePassword a number',
      msg: { rolePassword: 1234 },
      error: /msg\.rolePassword must be a string, got a number/,
    },
    {
      node: 'role',
      what: 'msg.rolePassword 1 MB',
      msg: { rolePassword: MB_STRING },
      error: /msg\.rolePassword is too long \(at most 1024 characters\)/,
    },
    {
      node: 'roleNoPw',
      what: 'no role password anywhere',
      msg: { payload: 1 },
      error: /no password for role "Admin": set the node's role password or msg\.rolePassword/,
    },
    // kortex-access-control: msg.action, msg.payload options
    { node: 'access', what: 'msg.action wrong', msg: { action: 'put' }, error: /msg\.action must be "get" or "set", got the string "put"/ },
    { node: 'access', what: 'msg.action boolean', msg: { action: true }, error: /msg\.action must be "get" or "set", got boolean true/ },
    {
      node: 'access',
      what: 'singleSourceControl a string',
      msg: { action: 'set', payload: { singleSourceControl: 'yes' } },
      error: /msg\.payload\.singleSourceControl must be true or false, got the string "yes"/,
    },
    {
      node: 'access',
      what: 'bypass_remote_access a number',
      msg: { action: 'set', payload: { bypass_remote_access: 1 } },
      error: /msg\.payload\.bypass_remote_access must be true or false, got number 1/,
    },
    {
      node: 'access',
      what: 'singleSourceControl 1 MB',
      msg: { action: 'set', payload: { singleSourceControl: MB_STRING } },
      error: /msg\.payload\.singleSourceControl must be true or false, got a long string/,
    },
    {
      node: 'access',
      what: 'singleSourceControl null',
      msg: { action: 'set', payload: { singleSourceControl: null } },
      error: /msg\.payload\.singleSourceControl must be true or false, got null/,
    },
    // No usable config node.
    { node: 'orphan', what: 'no config node selected', msg: { payload: 1 }, error: /no kortex-session config node is selected/ },
    { node: 'dangling', what: 'config node missing', msg: { payload: 1 }, error: /no kortex-session config node is selected/ },
    {
      node: 'onBroken',
      what: 'config with a bad port',
      msg: { payload: 1 },
      error: /kortex-session config node is invalid: port must be a whole number from 1 to 65535/,
    },
  ];

  it('each bad msg fails clearly through done(err) with the original msg, and nothing reaches the robot', async function () {
    sim = await startTestRobot('k3');
    const requests: string[] = [];
    sim.model.on('request', (name) => {
      if (name !== 'KeepAlive' && name !== 'CreateSession') requests.push(name);
    });
    log = new LogRecorder();
    await helper.load([...builtNodes(), coreNode('common/25-catch.js')], flow(sim.port as number), {
      robot: { password: ROBOT_PASSWORDS.admin },
      broken: { password: ROBOT_PASSWORDS.admin },
      role: { rolePassword: ROBOT_PASSWORDS.admin },
    });
    await waitFor(() => sim?.model.sessions().length === 1, 'the session');
    const out = collect('out');
    const caught = collect('caught');

    for (const [i, c] of cases.entries()) {
      const before = caught.length;
      helper.getNode(c.node)?.receive({ ...c.msg, caseNo: i });
      await waitFor(() => caught.length > before || out.length > 0, `${c.node}: ${c.what}`, 3000);
      assert.equal(out.length, 0, `${c.node} / ${c.what}: nothing is sent on (got ${JSON.stringify(out[0]?.payload)?.slice(0, 200)})`);
      const m = caught[caught.length - 1];
      assert.equal(m.caseNo, i, 'the Catch node gets the original msg');
      const error = m.error as { message: string; source: { id: string } };
      assert.equal(error.source.id, c.node);
      assert.match(error.message, c.error, `${c.node} / ${c.what}`);
      assert.ok(error.message.length < 500, `${c.node} / ${c.what}: a short error text (${error.message.length} chars)`);
      assert.ok(!('rolePassword' in m), 'msg.rolePassword never travels on, even in an error');
    }
    await sleep(50);
    assert.deepEqual(requests, [], 'nothing was sent to the robot');
    assert.ok(
      log.lines.every((l) => l.length < 2000),
      'no huge log line',
    );
    assert.ok(!log.lines.some((l) => l.includes('RRRRRRRRRRRRRRRRRRRR')), 'huge inputs are not echoed into the log');

    // A msg the nodes accept is still served after all that (one request each).
    helper.getNode('list')?.receive({ payload: MB_STRING });
    helper.getNode('access')?.receive({ payload: Buffer.alloc(10) });
    await waitFor(() => out.length === 2, 'two good replies');
    assert.deepEqual(requests.sort(), ['GetAccessControl', 'GetConnections']);
    assert.equal(sim.model.sessions().length, 1);
  });

  it('the session-events input node ignores input and rejects a bad watch interval at deploy without crashing', async function () {
    sim = await startTestRobot('k3');
    log = new LogRecorder();
    await helper.load(
      builtNodes(),
      [
        tab(),
        sessionNode(sim.port as number),
        helperNode('out'),
        {
          id: 'ev',
          type: 'kortex-session-events',
          z: TAB,
          session: 'robot',
          watchConnections: true,
          watchInterval: 'often',
          wires: [['out']],
        },
      ],
      { robot: { password: ROBOT_PASSWORDS.admin } },
    );
    const out = collect('out');
    helper.getNode('ev')?.receive({ payload: MB_STRING });
    await waitFor(() => out.some((m) => (m.payload as { event?: string }).event === 'open'), 'the open event');
    assert.ok(
      out.every((m) => m.topic === 'state'),
      'no connection polling with a bad interval',
    );
    assert.ok(
      log.lines.some((l) => /connection watch interval must be a number of seconds from 0\.1 to 3600, got "often"/.test(l)),
      log.lines.join('\n'),
    );
  });
});
