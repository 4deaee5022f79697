/**
 * Each node against the simulator in the real Node-RED 4.1 runtime: happy paths, robot errors
 * reaching a Catch node by their Kortex names, wrong msg input refused with nothing sent to the
 * robot, a refused login, and status from connecting to retry countdown. Every log line, status
 * and message is checked for passwords at the end.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import type { RunningSimulator } from '../../src/simulator';
import type { UsersConfig } from '../../src/simulator/robot/users';
import {
  FlowNode,
  deploy,
  LogRecorder,
  PASSWORDS,
  TAB,
  TestMessage,
  assertNoPassword,
  builtNodes,
  catchNode,
  cleanUp,
  collect,
  helper,
  helperNode,
  lastStatus,
  placed,
  recordRequests,
  sessionNode,
  simulator,
  statuses,
  tab,
} from './support';
import { sleep, waitFor } from '../helpers/wait';

/** A function node of `type` wired to helper "out", on config "robot". */
function fn(type: string, id: string, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, type, z: TAB, name: '', session: 'robot', wires: [['out']], ...extra };
}

function flow(port: number, nodes: FlowNode[], session: Partial<FlowNode> = {}): FlowNode[] {
  return placed([tab(), sessionNode(port, session), ...nodes, helperNode('out'), catchNode(), helperNode('caught')]);
}

const adminLogin = { robot: { password: PASSWORDS.admin } };

describe('Node-RED nodes against the simulator', function () {
  this.timeout(15000);
  let sim: RunningSimulator | undefined;
  let requests: string[] = [];
  let logs: LogRecorder | undefined;
  const seen: string[] = [];
  const extraClients: KortexSessionClient[] = [];

  async function start(
    generation: 'k2' | 'k3',
    nodes: FlowNode[],
    credentials: Record<string, Record<string, string>> = adminLogin,
    session: Partial<FlowNode> = {},
    users?: UsersConfig,
  ): Promise<void> {
    sim = await simulator(generation, users);
    requests = recordRequests(sim);
    logs = new LogRecorder();
    await helper.load(builtNodes(), flow(sim.port ?? 0, nodes, session), credentials);
  }

  async function sessionOpen(id: string): Promise<number> {
    const status = await waitFor(() => {
      const s = lastStatus(id);
      return s?.fill === 'green' ? s : undefined;
    }, `${id} to show an open session`);
    return Number(/session (\d+)/.exec(status.text ?? '')?.[1]);
  }

  /** Sends msg into node `id`; resolves with what reaches "out" or "caught" first. */
  function send(id: string, msg: TestMessage = { payload: 'go' }): Promise<{ out?: TestMessage; caught?: TestMessage }> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        reject(new Error(`nothing reached "out" or "caught" within 5 s after sending to ${id}`));
      }, 5000);
      const finish = (result: { out?: TestMessage; caught?: TestMessage }): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      helper.getNode('out')?.on('input', (m) => finish({ out: m }));
      helper.getNode('caught')?.on('input', (m) => finish({ caught: m }));
      helper.getNode(id)?.receive(msg);
    });
  }

  function record(msg: TestMessage | undefined): void {
    if (msg) seen.push(JSON.stringify(msg));
  }

  afterEach(async () => {
    for (const id of ['list', 'role', 'access', 'events']) for (const s of statuses(id)) seen.push(s.text ?? '');
    await Promise.all(extraClients.splice(0).map((c) => c.close()));
    await cleanUp(sim);
    sim = undefined;
    logs?.stop();
    seen.push(...(logs?.lines ?? []));
    logs = undefined;
  });

  after(() => {
    assert.ok(seen.length > 50, 'statuses, messages and log lines were captured');
    assertNoPassword(seen, 'a status, message or log line');
  });

  describe('kortex-list-connections', () => {
    it('K3: outputs the ConnectionList in canonical JSON with msg.kortex, other properties untouched', async () => {
      await start('k3', [fn('kortex-list-connections', 'list')]);
      const sessionId = await sessionOpen('list');
      const { out } = await send('list', { payload: 'go', topic: 'keep me', custom: 42 });
      record(out);
      assert.ok(out, 'a reply was sent on');
      assert.equal(out.topic, 'keep me');
      assert.equal(out.custom, 42);
      const payload = out.payload as Record<string, Array<Record<string, unknown>>>;
      assert.deepEqual(Object.keys(payload).sort(), [
        'connection',
        'internalConnections',
        'monitorConnections',
        'pluginConnections',
        'unauthenticatedConnections',
        'userConnections',
      ]);
      const mine = payload.userConnections.find((c) => c.sessionIdentifier === sessionId);
      assert.ok(mine, 'our own session is listed');
      assert.equal(mine.username, 'admin');
      assert.equal(mine.connectionType, 'CONNECTION_TYPE_MQTT_TCP', 'enums by name');
      assert.equal(mine.isWebapp, false, 'default values present');
      const kortex = out.kortex as Record<string, unknown>;
      assert.deepEqual(Object.keys(kortex).sort(), ['durationMs', 'robot', 'rpc', 'sessionId']);
      assert.equal(kortex.robot, `127.0.0.1:${sim?.port}`);
      assert.equal(kortex.rpc, 'GetConnections');
      assert.equal(kortex.sessionId, sessionId);
      assert.equal(typeof kortex.durationMs, 'number');
      assert.deepEqual(
        statuses('list').map((s) => s.fill),
        ['yellow', 'yellow', 'green'],
      );
    });

    it('K2: the robot fills only the `connection` list', async () => {
      await start('k2', [fn('kortex-list-connections', 'list')]);
      await sessionOpen('list');
      const { out } = await send('list');
      const payload = out?.payload as Record<string, unknown[]>;
      assert.equal(payload.connection.length, 1);
      assert.equal(payload.userConnections.length, 0);
    });

    it('a robot refusal (missing permission) reaches the Catch node by name; nothing is sent on', async () => {
      // A user whose role lacks READ_ONLY may log in but not list connections.
      const blind: UsersConfig = {
        users: [{ username: 'blind', password: PASSWORDS.system, role: 'Blind' }],
        roles: [{ identifier: 'Blind', permissions: ['USER_PERMISSION_OPERATE'] }],
        temporaryRoles: [],
      };
      await start('k3', [fn('kortex-list-connections', 'list')], { robot: { password: PASSWORDS.system } }, { username: 'blind' }, blind);
      await sessionOpen('list');
      const got = await send('list', { payload: 1 });
      record(got.caught);
      assert.ok(got.caught, 'the Catch node fired');
      const error = got.caught.error as { message: string; code: string; source: { id: string } };
      assert.match(error.message, /ERROR_DEVICE\/INVALID_USER_SESSION_ACCESS/);
      assert.match(error.message, /GetConnections/);
      assert.equal(error.code, 'ERROR_DEVICE/INVALID_USER_SESSION_ACCESS');
      assert.equal(error.source.id, 'list');
      assert.equal(got.caught.payload, 1, 'the original msg');
      assert.equal(lastStatus('list')?.text, 'ERROR_DEVICE/INVALID_USER_SESSION_ACCESS');
      assert.equal(lastStatus('list')?.fill, 'red');
    });
  });

  describe('kortex-add-temporary-role', () => {
    const operatorLogin = { robot: { password: PASSWORDS.operator }, role: { rolePassword: PASSWORDS.admin } };

    it('adds the role with the credential password, and removes it with msg.action "remove"', async () => {
      await start('k3', [fn('kortex-add-temporary-role', 'role', { role: 'Admin', action: 'add' })], operatorLogin, {
        username: 'operator',
      });
      const sessionId = await sessionOpen('role');
      const added = await send('role', { payload: 'start' });
      record(added.out);
      assert.deepEqual(added.out?.payload, {});
      assert.deepEqual(added.out?.kortex && { ...(added.out.kortex as object), durationMs: 0 }, {
        robot: `127.0.0.1:${sim?.port}`,
        rpc: 'AddTemporaryUserRole',
        sessionId,
        durationMs: 0,
      });
      assert.deepEqual(sim?.model.sessions()[0].roles, ['Operator', 'Admin']);

      const removed = await send('role', { payload: 'end', action: 'remove' });
      assert.equal((removed.out?.kortex as { rpc: string }).rpc, 'RemoveTemporaryUserRole');
      assert.deepEqual(sim?.model.sessions()[0].roles, ['Operator']);
    });

    it('takes msg.rolePassword instead, and deletes it from the msg before it goes on', async () => {
      await start(
        'k3',
        [fn('kortex-add-temporary-role', 'role', { role: 'System' })],
        { robot: { password: PASSWORDS.operator } },
        { username: 'operator' },
      );
      await sessionOpen('role');
      const msg: TestMessage = { payload: 1, rolePassword: PASSWORDS.system };
      const { out } = await send('role', msg);
      record(out);
      assert.ok(out);
      assert.equal('rolePassword' in out, false);
      assert.deepEqual(sim?.model.sessions()[0].temporaryRoles, ['System']);
    });

    it('a wrong role password reaches the Catch node as ERROR_DEVICE/INVALID_PASSWORD, without the password', async () => {
      await start(
        'k3',
        [fn('kortex-add-temporary-role', 'role', { role: 'Admin' })],
        { robot: { password: PASSWORDS.operator } },
        { username: 'operator' },
      );
      await sessionOpen('role');
      const got = await send('role', { payload: 1, rolePassword: PASSWORDS.system });
      record(got.caught);
      assert.ok(got.caught);
      const error = got.caught.error as { message: string; code: string };
      assert.equal(error.code, 'ERROR_DEVICE/INVALID_PASSWORD');
      assert.match(error.message, /AddTemporaryUserRole on 127\.0\.0\.1:\d+: ERROR_DEVICE\/INVALID_PASSWORD/);
      assert.equal('rolePassword' in got.caught, false, 'the password is not in the caught msg');
      assert.equal(lastStatus('role')?.text, 'ERROR_DEVICE/INVALID_PASSWORD');
      assert.deepEqual(sim?.model.sessions()[0].temporaryRoles, []);
    });

    it('a Kortex 2 robot answers UNSUPPORTED_METHOD, caught by name', async () => {
      await start('k2', [fn('kortex-add-temporary-role', 'role', { role: 'Admin' })], {
        robot: { password: PASSWORDS.admin },
        role: { rolePassword: PASSWORDS.admin },
      });
      await sessionOpen('role');
      const got = await send('role');
      assert.equal((got.caught?.error as { code: string }).code, 'ERROR_PROTOCOL_SERVER/UNSUPPORTED_METHOD');
    });
  });

  describe('kortex-access-control', () => {
    it('get, set from the node config with read-back, and set from a snake_case msg.payload', async () => {
      await start('k3', [
        fn('kortex-access-control', 'access', { action: 'get' }),
        fn('kortex-access-control', 'lock', { action: 'set', singleSourceControl: true, bypassRemoteAccess: false }),
      ]);
      await sessionOpen('access');
      const got = await send('access');
      assert.deepEqual(got.out?.payload, { singleSourceControl: false, bypassRemoteAccess: false });
      assert.equal((got.out?.kortex as { rpc: string }).rpc, 'GetAccessControl');

      const locked = await send('lock');
      assert.deepEqual(locked.out?.payload, { singleSourceControl: true, bypassRemoteAccess: false });
      assert.equal((locked.out?.kortex as { rpc: string }).rpc, 'SetAccessControl');
      assert.deepEqual(sim?.model.accessControl, { singleSourceControl: true, bypassRemoteAccess: false });
      assert.deepEqual(requests.slice(-2), ['SetAccessControl', 'GetAccessControl'], 'set, then read back');

      const snake = await send('lock', { payload: { single_source_control: false, bypass_remote_access: true } });
      assert.deepEqual(snake.out?.payload, { singleSourceControl: false, bypassRemoteAccess: true });
      const camel = await send('lock', { payload: { bypassRemoteAccess: false } });
      assert.deepEqual(
        camel.out?.payload,
        { singleSourceControl: true, bypassRemoteAccess: false },
        'an option not in the payload comes from the node',
      );

      const overridden = await send('lock', { action: 'get', payload: { singleSourceControl: false } });
      assert.deepEqual(overridden.out?.payload, { singleSourceControl: true, bypassRemoteAccess: false });
      assert.equal(requests[requests.length - 1], 'GetAccessControl');
    });

    it('a user without the SYSTEM/CONFIGURE permission gets INVALID_USER_SESSION_ACCESS at the Catch node', async () => {
      await start(
        'k3',
        [fn('kortex-access-control', 'access', { action: 'set', singleSourceControl: true })],
        { robot: { password: PASSWORDS.operator } },
        { username: 'operator' },
      );
      await sessionOpen('access');
      const got = await send('access');
      assert.equal((got.caught?.error as { code: string }).code, 'ERROR_DEVICE/INVALID_USER_SESSION_ACCESS');
      assert.deepEqual(sim?.model.accessControl, { singleSourceControl: false, bypassRemoteAccess: false });
    });
  });

  describe('wrong msg input', () => {
    const cases: Array<[string, string, TestMessage, RegExp]> = [
      ['access', 'msg.action not get/set', { action: 'toggle' }, /msg\.action must be "get" or "set", got the string "toggle"/],
      ['access', 'msg.action of the wrong type', { action: 7 }, /msg\.action must be "get" or "set", got number 7/],
      [
        'access',
        'singleSourceControl not a boolean',
        { action: 'set', payload: { singleSourceControl: 'yes' } },
        /msg\.payload\.singleSourceControl must be true or false, got the string "yes"/,
      ],
      [
        'access',
        'bypass_remote_access not a boolean',
        { action: 'set', payload: { bypass_remote_access: 1 } },
        /msg\.payload\.bypass_remote_access must be true or false/,
      ],
      ['role', 'msg.action not add/remove', { action: 'grant' }, /msg\.action must be "add" or "remove"/],
      ['role', 'msg.rolePassword not a string', { rolePassword: 987654 }, /msg\.rolePassword must be a string, got a number/],
      ['role', 'an empty role identifier', { role: '   ' }, /the role identifier is empty/],
      ['role', 'msg.role not a string', { role: ['Admin'] }, /msg\.role must be a string, got an array/],
    ];

    it('is refused with a clear error at the Catch node, nothing sent on and nothing sent to the robot', async () => {
      await start(
        'k3',
        [fn('kortex-access-control', 'access', { action: 'get' }), fn('kortex-add-temporary-role', 'role', { role: 'Admin' })],
        { robot: { password: PASSWORDS.admin }, role: { rolePassword: PASSWORDS.admin } },
      );
      await sessionOpen('access');
      await sessionOpen('role');
      const outputs = collect('out');
      const before = requests.length;
      for (const [node, what, msg, pattern] of cases) {
        const got = await send(node, { payload: 'x', ...msg });
        record(got.caught);
        assert.ok(got.caught, `${what}: caught`);
        const error = got.caught.error as { message: string; code: string };
        assert.match(error.message, pattern, what);
        assert.equal(error.code, 'INVALID_INPUT', what);
        assert.equal('rolePassword' in got.caught, false, `${what}: no password in the caught msg`);
        assert.ok(!error.message.includes('987654'), `${what}: the wrongly typed password is not echoed`);
        assert.equal(lastStatus(node)?.text, 'invalid input');
      }
      await sleep(50);
      assert.equal(outputs.length, 0, 'nothing was sent on');
      assert.deepEqual(requests.slice(before), [], 'the robot saw no request');
    });

    it('an add without any role password is refused before calling the robot', async () => {
      await start('k3', [fn('kortex-add-temporary-role', 'role', { role: 'Admin' })]);
      await sessionOpen('role');
      const before = requests.length;
      const got = await send('role');
      assert.match((got.caught?.error as { message: string }).message, /no password for role "Admin"/);
      assert.deepEqual(requests.slice(before), []);
    });
  });

  describe('configuration problems', () => {
    it('a refused login shows on the status and makes calls fail at once with the Kortex error', async () => {
      await start(
        'k3',
        [
          fn('kortex-list-connections', 'list'),
          { id: 'events', type: 'kortex-session-events', z: TAB, session: 'robot', wires: [['events-out']] },
          helperNode('events-out'),
        ],
        { robot: { password: 'wrong-login-pw' } },
      );
      const events = collect('events-out');
      const refused = await waitFor(() => {
        const s = lastStatus('list');
        return s?.fill === 'red' ? s : undefined;
      }, 'a red status');
      assert.equal(refused.shape, 'ring');
      assert.match(refused.text ?? '', /^login refused \(ERROR_DEVICE\/INVALID_PASSWORD\), retry in 30 s$/);
      const started = Date.now();
      const got = await send('list');
      assert.ok(Date.now() - started < 1000, 'failed at once, not after the request timeout');
      const error = got.caught?.error as { message: string; code: string };
      assert.equal(error.code, 'ERROR_DEVICE/INVALID_PASSWORD');
      assert.match(error.message, /GetConnections on 127\.0\.0\.1:\d+: ERROR_DEVICE\/INVALID_PASSWORD .*not logged in/);
      await waitFor(() => events.some((m) => (m.payload as { event: string }).event === 'auth-failed'), 'an auth-failed event');
      const authFailed = events.find((m) => (m.payload as { event: string }).event === 'auth-failed');
      assert.equal((authFailed?.payload as { code: string }).code, 'ERROR_DEVICE/INVALID_PASSWORD');
      assert.ok(
        logs?.lines.some((l) => /login refused/.test(l)),
        'the config node logged the refusal',
      );
      assert.ok(!logs?.lines.some((l) => l.includes('wrong-login-pw')), 'not the password');
      assert.equal(sim?.model.sessions().length, 0);
    });

    it('no config node selected: a red status, and a clear error per message', async () => {
      await start('k3', [fn('kortex-list-connections', 'list', { session: '' })]);
      assert.deepEqual(lastStatus('list'), { fill: 'red', shape: 'ring', text: 'no robot configured' });
      const got = await send('list');
      assert.match((got.caught?.error as { message: string }).message, /no kortex-session config node is selected/);
      assert.equal(sim?.model.connectionCount, 0);
    });

    it('an invalid config (port out of range) is named in the log and in each error', async () => {
      await start('k3', [fn('kortex-list-connections', 'list')], adminLogin, { port: '70000' });
      assert.deepEqual(lastStatus('list'), { fill: 'red', shape: 'ring', text: 'invalid config' });
      assert.ok(logs?.lines.some((l) => /port must be a whole number from 1 to 65535.*70000/.test(l)));
      const got = await send('list');
      assert.match((got.caught?.error as { message: string }).message, /the kortex-session config node is invalid: port must be/);
    });

    it('an unreachable robot: red "retry in N s (attempt k)" countdown, calls fail with NOT_CONNECTED, no crash', async () => {
      await start('k3', [fn('kortex-list-connections', 'list')], adminLogin, { requestTimeout: '300' });
      await sessionOpen('list');
      await sim?.close();
      const retry = await waitFor(() => {
        const s = lastStatus('list');
        return s?.fill === 'red' && /^retry in \d+ s \(attempt \d+\)$/.test(s.text ?? '') ? s : undefined;
      }, 'a retry countdown');
      assert.equal(retry.shape, 'ring');
      const got = await send('list');
      const error = got.caught?.error as { message: string; code: string };
      assert.ok(['NOT_CONNECTED', 'DISCONNECTED'].includes(error.code), error.code);
      assert.match(error.message, /GetConnections/);
    });

    it('transport mqtt to a port without a broker: a red status, never a crash', async () => {
      await start('k3', [fn('kortex-list-connections', 'list')], adminLogin, { transport: 'mqtt', port: '1', requestTimeout: '300' });
      const red = await waitFor(() => {
        const s = lastStatus('list');
        return s?.fill === 'red' ? s : undefined;
      }, 'a red status');
      // Jitter may make the first wait very short, so any attempt number will do.
      assert.match(red.text ?? '', /^retry in \d+ s \(attempt \d+\)$/);
      const got = await send('list');
      assert.ok(got.caught, 'the call failed into the Catch node');
      assert.equal(sim?.model.sessions().length, 0);
    });
  });

  describe('kortex-session-events', () => {
    function eventsFlow(extra: Partial<FlowNode> = {}): FlowNode[] {
      return [
        { id: 'events', type: 'kortex-session-events', z: TAB, name: '', session: 'robot', wires: [['events-out']], ...extra },
        helperNode('events-out'),
      ];
    }
    const names = (msgs: TestMessage[]): string[] =>
      msgs.filter((m) => m.topic === 'state').map((m) => (m.payload as { event: string }).event);

    it('emits connecting and open, then lost, reconnecting, connecting, open across a robot reboot', async () => {
      await start('k3', eventsFlow());
      const events = collect('events-out');
      await waitFor(() => names(events).includes('open'), 'open');
      assert.deepEqual(names(events), ['connecting', 'open']);
      const first = events.filter((m) => m.topic === 'state')[1].payload as { robot: string; sessionId: number };
      assert.equal(first.robot, `127.0.0.1:${sim?.port}`);
      assert.ok(first.sessionId > 0);
      sim?.reboot();
      await waitFor(() => names(events).filter((e) => e === 'open').length === 2, 'the session to come back', 8000);
      assert.deepEqual(names(events), ['connecting', 'open', 'lost', 'reconnecting', 'connecting', 'open']);
      const states = events.filter((m) => m.topic === 'state');
      const lost = states[2].payload as { sessionId: number; error: string };
      assert.equal(lost.sessionId, first.sessionId, '"lost" names the lost session');
      const reconnecting = states[3].payload as { delayMs: number; attempt: number };
      assert.equal(typeof reconnecting.delayMs, 'number');
      assert.equal(reconnecting.attempt, 1);
      const reopened = states[5].payload as { sessionId: number };
      assert.notEqual(reopened.sessionId, first.sessionId);
      assert.equal(lastStatus('events')?.text, `session ${reopened.sessionId}`);
    });

    it('watches GetConnections and reports only connections that appeared or left', async () => {
      await start('k3', eventsFlow({ watchConnections: true, watchInterval: '0.1' }));
      const events = collect('events-out');
      await waitFor(() => names(events).includes('open'), 'open');
      await waitFor(() => requests.filter((r) => r === 'GetConnections').length >= 2, 'two polls');
      assert.equal(events.filter((m) => m.topic === 'connection').length, 0, 'the baseline reports nothing');

      const visitor = new KortexSessionClient({
        host: '127.0.0.1',
        port: sim?.port,
        transport: 'tcp',
        username: 'operator',
        password: PASSWORDS.operator,
      });
      extraClients.push(visitor);
      await visitor.openOnce();
      const isOperator = (m: TestMessage, event: string): boolean => {
        const p = m.payload as { event: string; list: string; connection: { username: string } };
        return m.topic === 'connection' && p.event === event && p.list === 'userConnections' && p.connection.username === 'operator';
      };
      await waitFor(() => events.some((m) => isOperator(m, 'appeared')), 'the operator to appear');
      await visitor.close();
      await waitFor(() => events.some((m) => isOperator(m, 'left')), 'the operator to leave');
      const appeared = events.find((m) => isOperator(m, 'appeared'));
      assert.equal((appeared?.payload as { robot: string }).robot, `127.0.0.1:${sim?.port}`);
      const admin = events.filter(
        (m) => m.topic === 'connection' && (m.payload as { connection: { username: string } }).connection.username === 'admin',
      );
      assert.deepEqual(admin, [], 'our own unchanged connection is never reported');
    });

    it('a restarted events node first reports the session that is already open', async () => {
      const nodes = eventsFlow();
      await start('k3', [...nodes, fn('kortex-list-connections', 'list', { wires: [[]] })]);
      const sessionId = await sessionOpen('list');
      const changed = flow(sim?.port ?? 0, [
        { ...nodes[0], name: 'renamed' },
        nodes[1],
        fn('kortex-list-connections', 'list', { wires: [[]] }),
      ]);
      await deploy(changed, 'nodes');
      const events = collect('events-out');
      await waitFor(() => events.length > 0, 'a first event');
      await sleep(150);
      assert.deepEqual(
        events.filter((m) => m.topic === 'state').map((m) => m.payload),
        [{ event: 'open', robot: `127.0.0.1:${sim?.port}`, sessionId }],
      );
      // The current session list follows once, although nothing changed on the robot.
      const lists = await waitFor(
        () => events.filter((m) => m.topic === 'sessions').length > 0 && events.filter((m) => m.topic === 'sessions'),
        'the current session list',
      );
      assert.equal(lists.length, 1);
      assert.deepEqual(
        (lists[0].payload as { sessions: Array<{ sessionIdentifier: number }> }).sessions.map((x) => x.sessionIdentifier),
        [sessionId],
      );
    });
  });
});
