/**
 * Secrets, end to end in a real Node-RED 4 runtime (child process, this package linked in): with
 * distinctive passwords for the robot user and the role, every node runs, every error path is hit
 * (wrong role password, failed login, unsupported RPC, unreachable robot, bad input), the Test
 * connection endpoint is called, and the flows are exported. Debug nodes print every outgoing msg,
 * every caught error (with stack) and every status change to the runtime log. No password may
 * appear in that log, in an endpoint reply, in the exported flows or in flows.json on disk, and the
 * credentials file must be encrypted.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningSimulator } from '../../src/simulator';
import { reliabilityUsers, startTestRobot } from '../helpers/robotUsers';
import { waitFor } from '../helpers/wait';
import {
  NodeRedProcess,
  deployFlows,
  getJson,
  linkPackage,
  makeTempDir,
  removeDir,
  repoRoot,
  startNodeRed,
  writeSettings,
} from '../e2e/nodeRed';
import { packageJson } from '../helpers/packageNodes';

/** The robot user's password. */
const LOGIN_PW = 'Zq9!distinct-Pw';
/** The System role's password (the system user's). */
const ROLE_PW = 'Zq9!distinct-RolePw';
/** Wrong ones, which must not leak either. */
const WRONG_LOGIN_PW = 'Zq9!wrong-LoginPw';
const WRONG_ROLE_PW = 'Zq9!wrong-RolePw';
const SECRETS = [LOGIN_PW, ROLE_PW, WRONG_LOGIN_PW, WRONG_ROLE_PW];

function assertClean(where: string, text: string): void {
  for (const secret of SECRETS) {
    // Also as JSON would escape it (the '!' does not change, but keep the check honest).
    for (const form of [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]) {
      assert.ok(
        !text.includes(form),
        `${where} contains a password: …${text
          .slice(Math.max(0, text.indexOf(form) - 200), text.indexOf(form) + 50)
          .split(form)
          .join('<PASSWORD>')}…`,
      );
    }
  }
}

describe('reliability: secrets never leave the credentials (real Node-RED runtime)', function () {
  this.timeout(60000);
  let k3: RunningSimulator | undefined;
  let k2: RunningSimulator | undefined;
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;

  after(async () => {
    await red?.stop();
    await k3?.close();
    await k2?.close();
    removeDir(userDir);
  });

  it('no password in any log line, error text, status text, debug message, outgoing msg, endpoint reply or exported flow', async function () {
    assert.ok(fs.existsSync(path.join(repoRoot, packageJson['node-red'].nodes['kortex-session'])), 'run "npm run build" first');
    const users = reliabilityUsers({ admin: LOGIN_PW, system: ROLE_PW });
    k3 = await startTestRobot('k3', users);
    k2 = await startTestRobot('k2', users);
    userDir = makeTempDir('kortex-secrets-');
    linkPackage(userDir);
    writeSettings(userDir, { logging: { console: { level: 'trace', metrics: false, audit: true } } });
    // msg.rolePassword comes from the environment, so the flow itself holds no password.
    red = await startNodeRed(userDir, { env: { ROLE_PW, WRONG_ROLE_PW } });

    const z = 'secrets';
    let y = 0;
    const at = (): { x: number; y: number } => ({ x: 200, y: (y += 40) });
    const debug = {
      id: 'dbg',
      type: 'debug',
      z,
      name: 'everything',
      active: true,
      tosidebar: true,
      console: true,
      tostatus: false,
      complete: 'true',
      targetType: 'full',
      ...at(),
      wires: [],
    };
    const inject = (id: string, target: string, props: Array<Record<string, string>> = []): Record<string, unknown> => ({
      id,
      type: 'inject',
      z,
      name: id,
      props: [{ p: 'payload' }, ...props],
      repeat: '',
      crontab: '',
      once: false,
      onceDelay: 0.1,
      topic: '',
      payload: '',
      payloadType: 'date',
      ...at(),
      wires: [[target]],
    });
    const user = (id: string, type: string, session: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
      id,
      type,
      z,
      session,
      ...at(),
      wires: [['dbg']],
      ...extra,
    });
    const config = (id: string, port: number, password: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
      id,
      type: 'kortex-session',
      name: `robot ${id}`,
      host: '127.0.0.1',
      transport: 'tcp',
      port: String(port),
      namespace: '',
      username: 'admin',
      sessionInactivityTimeout: '60000',
      connectionInactivityTimeout: '10000',
      requestTimeout: '1500',
      credentials: { password },
      ...extra,
    });
    const flows = [
      { id: z, type: 'tab', label: 'secrets' },
      config('robot', k3.port as number, LOGIN_PW),
      config('badLogin', k3.port as number, WRONG_LOGIN_PW),
      config('k2robot', k2.port as number, LOGIN_PW),
      config('nowhere', 1, LOGIN_PW),
      debug,
      { id: 'catchAll', type: 'catch', z, scope: null, uncaught: false, ...at(), wires: [['dbg']] },
      { id: 'statusAll', type: 'status', z, scope: null, ...at(), wires: [['dbg']] },
      // Every node, happy paths.
      user('list', 'kortex-list-connections', 'robot'),
      inject('goList', 'list'),
      user('acGet', 'kortex-access-control', 'robot', { action: 'get' }),
      inject('goAcGet', 'acGet'),
      user('acSet', 'kortex-access-control', 'robot', { action: 'set', singleSourceControl: true, bypassRemoteAccess: false }),
      inject('goAcSet', 'acSet'),
      user('roleCred', 'kortex-add-temporary-role', 'robot', { role: 'System', action: 'add', credentials: { rolePassword: ROLE_PW } }),
      inject('goRoleCred', 'roleCred'),
      user('roleMsg', 'kortex-add-temporary-role', 'robot', { role: 'System', action: 'add' }),
      inject('goRoleMsg', 'roleMsg', [{ p: 'rolePassword', v: 'ROLE_PW', vt: 'env' }]),
      user('roleRemove', 'kortex-add-temporary-role', 'robot', { action: 'remove' }),
      inject('goRoleRemove', 'roleRemove'),
      user('events', 'kortex-session-events', 'robot', { watchConnections: true, watchInterval: '0.3' }),
      // Error paths.
      inject('goRoleWrong', 'roleMsg', [{ p: 'rolePassword', v: 'WRONG_ROLE_PW', vt: 'env' }]),
      user('roleWrongCred', 'kortex-add-temporary-role', 'robot', {
        role: 'System',
        action: 'add',
        credentials: { rolePassword: WRONG_ROLE_PW },
      }),
      inject('goRoleWrongCred', 'roleWrongCred'),
      inject('goRoleBadAction', 'roleMsg', [
        { p: 'rolePassword', v: 'ROLE_PW', vt: 'env' },
        { p: 'action', v: 'explode', vt: 'str' },
      ]),
      user('listBadLogin', 'kortex-list-connections', 'badLogin'),
      inject('goBadLogin', 'listBadLogin'),
      user('eventsBadLogin', 'kortex-session-events', 'badLogin'),
      user('acK2', 'kortex-access-control', 'k2robot', { action: 'get' }),
      inject('goAcK2', 'acK2'),
      user('roleK2', 'kortex-add-temporary-role', 'k2robot', { role: 'System', action: 'add', credentials: { rolePassword: ROLE_PW } }),
      inject('goRoleK2', 'roleK2'),
      user('listNowhere', 'kortex-list-connections', 'nowhere'),
      inject('goNowhere', 'listNowhere'),
    ];
    await deployFlows(red.url, flows);
    await waitFor(
      () => (k3?.model.sessions().length ?? 0) >= 1 && (k2?.model.sessions().length ?? 0) >= 1,
      'sessions on both robots',
      10000,
    );

    const fire = async (id: string): Promise<void> => {
      const res = await fetch(`${red?.url}/inject/${id}`, { method: 'POST' });
      assert.equal(res.status, 200, `inject ${id}: ${await res.text()}`);
    };
    const expectInLog = (pattern: RegExp, what: string): Promise<unknown> =>
      waitFor(() => pattern.test(red?.output() ?? ''), what, 6000, 50);

    for (const id of ['goList', 'goAcGet', 'goAcSet', 'goRoleCred', 'goRoleMsg', 'goRoleRemove']) await fire(id);
    await expectInLog(/userConnections/, 'the ConnectionList in a debug msg');
    await expectInLog(/singleSourceControl: true/, 'the access control read-back');
    for (const id of ['goRoleWrong', 'goRoleWrongCred', 'goRoleBadAction', 'goBadLogin', 'goAcK2', 'goRoleK2', 'goNowhere']) await fire(id);
    await expectInLog(/AddTemporaryUserRole on 127\.0\.0\.1:\d+: ERROR_DEVICE\/INVALID_PASSWORD/, 'the wrong role password error');
    await expectInLog(/msg\.action must be "add" or "remove"/, 'the bad action error');
    await expectInLog(
      /ERROR_DEVICE\/INVALID_PASSWORD[\s\S]*login refused|login refused[\s\S]*ERROR_DEVICE\/INVALID_PASSWORD/,
      'the failed login',
    );
    await expectInLog(/GetAccessControl on 127\.0\.0\.1:\d+: ERROR_PROTOCOL_SERVER\/UNSUPPORTED_METHOD/, 'the K2 unsupported method');
    await expectInLog(/auth-failed/, 'the session-events auth-failed event');
    await expectInLog(/GetConnections on 127\.0\.0\.1:1: /, 'the unreachable robot');
    await expectInLog(/status: \{[\s\S]*?text: 'session \d+'/, 'status texts in the debug output');

    // Test connection endpoint: typed password (right, wrong) and stored password (by config node id).
    const endpoint = async (body: Record<string, unknown>): Promise<string> => {
      const res = await fetch(`${red?.url}/kortex-session/test`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return `${res.status} ${await res.text()}`;
    };
    const base = { host: '127.0.0.1', transport: 'tcp', port: String(k3.port), username: 'admin' };
    const replies = [
      await endpoint({ ...base, password: LOGIN_PW }),
      await endpoint({ ...base, password: WRONG_LOGIN_PW }),
      await endpoint({ ...base, id: 'robot', password: '__PWRD__' }),
      await endpoint({ ...base, id: 'badLogin' }),
      await endpoint({ ...base, port: '1', password: LOGIN_PW }),
      await endpoint({ ...base, port: 'not a port', password: LOGIN_PW }),
    ];
    assert.match(replies[0], /^200 .*"ok":true/);
    assert.match(replies[1], /^200 .*ERROR_DEVICE\/INVALID_PASSWORD/);
    assert.match(replies[2], /^200 .*"ok":true/);
    assert.match(replies[3], /^200 .*ERROR_DEVICE\/INVALID_PASSWORD/);
    replies.forEach((r, i) => assertClean(`Test connection reply ${i}`, r));

    // Export: what the editor's export and GET /flows give, and what the runtime saved.
    const exported = JSON.stringify(await getJson(`${red.url}/flows`));
    assertClean('GET /flows', exported);
    assert.match(exported, /"type":"kortex-session"/);
    // What the editor gets when it opens a config dialog: only whether a password is set.
    for (const [type, id] of [
      ['kortex-session', 'robot'],
      ['kortex-session', 'badLogin'],
      ['kortex-add-temporary-role', 'roleCred'],
    ]) {
      const creds = JSON.stringify(await getJson(`${red.url}/credentials/${type}/${id}`));
      assertClean(`GET /credentials/${type}/${id}`, creds);
      assert.match(creds, /"has_(role)?[pP]assword":true/, creds);
    }
    const flowsFile = fs.readFileSync(path.join(userDir, 'flows.json'), 'utf8');
    assertClean('flows.json', flowsFile);
    assert.match(flowsFile, /kortex-session/);
    const credFile = fs.readFileSync(path.join(userDir, 'flows_cred.json'), 'utf8');
    assertClean('flows_cred.json (encrypted)', credFile);
    assert.match(credFile, /"\$":/, 'credentials are stored encrypted');

    // Shut the runtime down (closing every node logs too), then read everything it ever printed.
    await red.stop();
    const output = red.output();
    assert.ok(output.length > 10_000, `a real amount of log was checked (${output.length} chars)`);
    assertClean('the Node-RED log (all levels, debug msgs, statuses, caught errors with stacks)', output);
  });
});
