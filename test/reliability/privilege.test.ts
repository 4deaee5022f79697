/**
 * Privilege, through the real nodes on a Kortex 3 simulator: a wrong role password and a missing
 * permission fail with the robot's own error; access control is robot-wide (set on one session,
 * seen by another); a temporary role is gone when removed and when its session ends.
 */
import assert from 'node:assert/strict';
import type { RunningSimulator } from '../../src/simulator';
import { failOnUncaught } from '../helpers/guards';
import {
  FlowNode,
  TAB,
  TestMessage,
  builtNodes,
  catchNode,
  cleanUp,
  coreNode,
  helper,
  helperNode,
  nextMessage,
  sessionNode,
  tab,
} from '../nodered/support';
import { waitFor } from '../helpers/wait';
import { ROBOT_PASSWORDS, startTestRobot } from '../helpers/robotUsers';

const WRONG_ROLE_PASSWORD = 'not-the-system-pw-31';

describe('reliability: privilege (K3 simulator, built nodes)', function () {
  this.timeout(20000);
  let sim: RunningSimulator | undefined;

  afterEach(async () => {
    await cleanUp(sim);
    sim = undefined;
  });
  failOnUncaught();

  /** Operator flow (op) and admin flow (adm) on one robot, each its own session. */
  function flows(port: number, withOperatorNodes = true): FlowNode[] {
    const op = (id: string, type: string, extra: Partial<FlowNode> = {}): FlowNode => ({
      id,
      type,
      z: TAB,
      session: 'op',
      wires: [['out']],
      ...extra,
    });
    const adm = (id: string, type: string, extra: Partial<FlowNode> = {}): FlowNode => ({
      id,
      type,
      z: TAB,
      session: 'adm',
      wires: [['out']],
      ...extra,
    });
    return [
      tab(),
      sessionNode(port, { id: 'op', username: 'operator' }),
      sessionNode(port, { id: 'adm', username: 'admin' }),
      helperNode('out'),
      helperNode('caught'),
      catchNode('catcher', ['caught']),
      ...(withOperatorNodes
        ? [
            op('roleWrong', 'kortex-add-temporary-role', { role: 'System', action: 'add' }),
            op('roleRight', 'kortex-add-temporary-role', { role: 'System', action: 'add' }),
            op('roleRemove', 'kortex-add-temporary-role', { action: 'remove' }),
            op('acSetOp', 'kortex-access-control', { action: 'set', singleSourceControl: true, bypassRemoteAccess: false }),
            op('acGetOp', 'kortex-access-control', { action: 'get' }),
            op('listOp', 'kortex-list-connections'),
          ]
        : []),
      adm('acSetAdm', 'kortex-access-control', { action: 'set', singleSourceControl: false, bypassRemoteAccess: true }),
      adm('acGetAdm', 'kortex-access-control', { action: 'get' }),
    ];
  }

  const credentials = {
    op: { password: ROBOT_PASSWORDS.operator },
    adm: { password: ROBOT_PASSWORDS.admin },
    roleWrong: { rolePassword: WRONG_ROLE_PASSWORD },
    roleRight: { rolePassword: ROBOT_PASSWORDS.system },
  };

  /** Sends one msg into `id`; resolves with what came out: ['out', msg] or ['caught', msg]. */
  async function run(id: string, msg: TestMessage = { payload: 'go' }): Promise<['out' | 'caught', TestMessage]> {
    const out = nextMessage('out', 4000).then((m) => ['out', m] as ['out', TestMessage]);
    const caught = nextMessage('caught', 4000).then((m) => ['caught', m] as ['caught', TestMessage]);
    out.catch(() => undefined);
    caught.catch(() => undefined);
    helper.getNode(id)?.receive(msg);
    return Promise.race([out, caught]);
  }

  async function ok(id: string, msg?: TestMessage): Promise<TestMessage> {
    const [where, m] = await run(id, msg);
    assert.equal(where, 'out', `${id} should succeed, got ${JSON.stringify(m.error)}`);
    return m;
  }

  async function fails(id: string, pattern: RegExp, msg?: TestMessage): Promise<TestMessage> {
    const [where, m] = await run(id, msg);
    assert.equal(where, 'caught', `${id} should fail, got ${JSON.stringify(m.payload)}`);
    const error = m.error as { message: string; source: { id: string } };
    assert.match(error.message, pattern);
    assert.equal(error.source.id, id);
    return m;
  }

  function operatorSession(): { sessionId: number; temporaryRoles: string[]; roles: string[] } {
    const s = sim?.model.sessions().find((x) => x.username === 'operator');
    assert.ok(s, 'operator session open');
    return s;
  }

  async function operatorRolesSeenByRobot(): Promise<string[]> {
    const m = await ok('listOp');
    const list = m.payload as { userConnections: Array<{ username: string; roles: Array<{ identifier: string }> }> };
    const mine = list.userConnections.find((c) => c.username === 'operator');
    assert.ok(mine);
    return mine.roles.map((r) => r.identifier);
  }

  it("wrong role password and missing permission fail with the robot's error; the right password grants the role", async function () {
    sim = await startTestRobot('k3');
    await helper.load([...builtNodes(), coreNode('common/25-catch.js')], flows(sim.port as number), credentials);
    await waitFor(() => sim?.model.sessions().length === 2, 'two sessions (operator, admin)');
    const requests: string[] = [];
    sim.model.on('request', (name) => requests.push(name));

    const wrong = await fails(
      'roleWrong',
      /^(KortexError: )?AddTemporaryUserRole on 127\.0\.0\.1:\d+: ERROR_DEVICE\/INVALID_PASSWORD \(robot says: invalid password for temporary role 'System'\)$/,
    );
    assert.ok(!JSON.stringify(wrong).includes(WRONG_ROLE_PASSWORD), 'the role password is in no part of the caught msg');
    assert.ok(requests.includes('AddTemporaryUserRole'), 'it was the robot that refused');
    assert.deepEqual(operatorSession().temporaryRoles, []);

    await fails(
      'acSetOp',
      /^(KortexError: )?SetAccessControl on 127\.0\.0\.1:\d+: ERROR_DEVICE\/INVALID_USER_SESSION_ACCESS \(robot says: SetAccessControl needs the SYSTEM or CONFIGURE permission, which user 'operator' does not have\)$/,
    );
    assert.deepEqual(sim.model.accessControl, { singleSourceControl: false, bypassRemoteAccess: false }, 'nothing changed');

    await ok('roleRight');
    assert.deepEqual(operatorSession().temporaryRoles, ['System']);
    assert.ok((await operatorRolesSeenByRobot()).includes('System'));
    const set = await ok('acSetOp');
    assert.deepEqual(set.payload, { singleSourceControl: true, bypassRemoteAccess: false }, 'set, then read back');
  });

  it('a config node with a wrong password never borrows the session of another config node for the same robot and user', async function () {
    sim = await startTestRobot('k3');
    const port = sim.port as number;
    await helper.load(
      [...builtNodes(), coreNode('common/25-catch.js')],
      [
        tab(),
        sessionNode(port, { id: 'good', name: 'good login', username: 'admin' }),
        sessionNode(port, { id: 'bad', name: 'bad login', username: 'admin' }),
        helperNode('out'),
        helperNode('caught'),
        catchNode('catcher', ['caught']),
        { id: 'listGood', type: 'kortex-list-connections', z: TAB, session: 'good', wires: [['out']] },
        {
          id: 'acSetBad',
          type: 'kortex-access-control',
          z: TAB,
          session: 'bad',
          action: 'set',
          singleSourceControl: true,
          bypassRemoteAccess: true,
          wires: [['out']],
        },
      ],
      { good: { password: ROBOT_PASSWORDS.admin }, bad: { password: 'guessing-the-admin-pw' } },
    );
    await waitFor(() => sim?.model.sessions().length === 1, 'the good session');
    await ok('listGood');
    await fails('acSetBad', /ERROR_DEVICE\/INVALID_PASSWORD/);
    assert.deepEqual(
      sim.model.accessControl,
      { singleSourceControl: false, bypassRemoteAccess: false },
      'the wrong password changed nothing',
    );
    assert.equal(sim.model.sessions().length, 1, 'only the good login holds a session');
  });

  it('access control set on one session is seen by another', async function () {
    sim = await startTestRobot('k3');
    await helper.load([...builtNodes(), coreNode('common/25-catch.js')], flows(sim.port as number), credentials);
    await waitFor(() => sim?.model.sessions().length === 2, 'two sessions');
    const [opSession, admSession] = ['operator', 'admin'].map((u) => sim?.model.sessions().find((s) => s.username === u)?.sessionId);
    assert.notEqual(opSession, admSession);

    await ok('roleRight');
    await ok('acSetOp'); // operator (with System) sets singleSourceControl
    const seenByAdmin = await ok('acGetAdm');
    assert.deepEqual(seenByAdmin.payload, { singleSourceControl: true, bypassRemoteAccess: false });
    assert.equal((seenByAdmin.kortex as { sessionId: number }).sessionId, admSession, 'read on the admin session');

    await ok('acSetAdm'); // admin sets bypassRemoteAccess, clears singleSourceControl
    const seenByOperator = await ok('acGetOp');
    assert.deepEqual(seenByOperator.payload, { singleSourceControl: false, bypassRemoteAccess: true });
    assert.equal((seenByOperator.kortex as { sessionId: number }).sessionId, opSession, 'read on the operator session');
  });

  it('a temporary role disappears when removed, and when its session ends', async function () {
    sim = await startTestRobot('k3');
    const port = sim.port as number;
    await helper.load([...builtNodes(), coreNode('common/25-catch.js')], flows(port), credentials);
    await waitFor(() => sim?.model.sessions().length === 2, 'two sessions');

    // Removed.
    await ok('roleRight');
    assert.ok((await operatorRolesSeenByRobot()).includes('System'));
    await ok('roleRemove');
    assert.deepEqual(await operatorRolesSeenByRobot(), ['Operator']);
    assert.deepEqual(operatorSession().temporaryRoles, []);
    await fails('acSetOp', /ERROR_DEVICE\/INVALID_USER_SESSION_ACCESS/);

    // Session ends: every operator node is removed by a full deploy, so the pool closes that session.
    await ok('roleRight');
    const first = operatorSession().sessionId;
    assert.deepEqual(operatorSession().temporaryRoles, ['System']);
    await helper.setFlows(flows(port, false), 'full', credentials);
    await waitFor(() => sim?.model.sessions().every((s) => s.username !== 'operator'), 'the operator session to close');
    await helper.setFlows(flows(port, true), 'full', credentials);
    await waitFor(() => sim?.model.sessions().some((s) => s.username === 'operator'), 'a new operator session');
    assert.notEqual(operatorSession().sessionId, first, 'a new session');
    assert.deepEqual(operatorSession().temporaryRoles, [], 'the role ended with its session');
    assert.deepEqual(await operatorRolesSeenByRobot(), ['Operator']);
    await fails('acSetOp', /ERROR_DEVICE\/INVALID_USER_SESSION_ACCESS/);
  });
});
