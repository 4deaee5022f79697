/**
 * Who learns what about a robot's sessions through the editor, in a real Node-RED child with
 * adminAuth and three editor users: "lead" (*), "viewer" (read) and "watcher" (status.read only),
 * plus an anonymous caller. The robot (the simulator) has three sessions: this Node-RED's (admin),
 * and operator's and system's from this test process.
 *
 * Comms messages reach every editor connection, and a connection needs only status.read; so the
 * sidebar's live updates say only which card changed, and the card itself (user names, addresses,
 * roles) is read through GET /kortex/sidebar, which needs kortex-session.read. Test connection needs
 * kortex-session.write.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { selectedNodeRedDir } from '../../scripts/compat/runtimes';
import { KortexSessionClient } from '../../src/client/session/client';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import { NodeRedProcess, deployFlows, linkPackage, makeTempDir, removeDir, repoRoot, startNodeRed, writeSettings } from './nodeRed';

const CONFIG_ID = 'comms-robot';
/** Robot passwords that appear nowhere else. */
const ROBOT_PASSWORDS: Record<string, string> = {
  admin: 'Comms-Admin-pw-31877',
  operator: 'Comms-Oper-pw-55302',
  system: 'Comms-Sys-pw-90214',
};
/** What the robot's session list holds and a status.read user must never see: user names, addresses, roles. */
const SESSION_DETAILS = ['admin', 'operator', 'system', 'Admin', 'Operator', 'System', '127.0.0.1'];

const EDITOR_USERS = {
  lead: { password: 'lead-ui-pw', permissions: '*' },
  viewer: { password: 'viewer-ui-pw', permissions: 'read' },
  watcher: { password: 'watcher-ui-pw', permissions: 'status.read' },
} as const;
type EditorUser = keyof typeof EDITOR_USERS;

interface WsClient {
  on(event: string, cb: (...args: unknown[]) => void): void;
  send(data: string): void;
  terminate(): void;
}

/** The `ws` client Node-RED itself depends on, by path. */
function loadWs(): new (url: string) => WsClient {
  return require(require.resolve('ws', { paths: [selectedNodeRedDir()] })) as never;
}

function bcryptHash(text: string): string {
  const nodeRedDir = path.dirname(require.resolve('node-red/package.json', { paths: [repoRoot] }));
  const bcrypt = require(require.resolve('bcryptjs', { paths: [nodeRedDir] })) as { hashSync(text: string, rounds: number): string };
  return bcrypt.hashSync(text, 4);
}

/** One editor's comms connection: every frame it received, as text. */
interface CommsRecorder {
  frames: string[];
  /** The {topic, data} messages of those frames. */
  messages(): Array<{ topic: string; data: unknown }>;
  close(): void;
}

/**
 * Connects to /comms the way the editor does: {"auth": token}, and once Node-RED said {"auth":"ok"},
 * {"subscribe": "kortex/#"} (anonymous: the subscribe alone). Resolves once Node-RED answered.
 */
async function openComms(url: string, token: string | undefined): Promise<CommsRecorder & { auth: string }> {
  const WebSocket = loadWs();
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/comms`);
  const frames: string[] = [];
  let auth = '';
  const answered = new Promise<void>((resolve, reject) => {
    ws.on('error', (err) => reject(err as Error));
    ws.on('message', (data) => {
      const text = String(data);
      frames.push(text);
      const parsed = JSON.parse(text) as { auth?: string };
      if (!Array.isArray(parsed) && parsed.auth) {
        auth = parsed.auth;
        // Only once authenticated: anything else before the answer counts as an anonymous request.
        if (auth === 'ok') ws.send(JSON.stringify({ subscribe: 'kortex/#' }));
        resolve();
      }
    });
    ws.on('open', () => ws.send(JSON.stringify(token ? { auth: token } : { subscribe: 'kortex/#' })));
    // Node-RED acknowledges nothing for an anonymous connection it refuses but {"auth":"fail"} and a close.
    ws.on('close', () => resolve());
  });
  await answered;
  return {
    frames,
    auth,
    messages: () =>
      frames.flatMap((f) => {
        const parsed = JSON.parse(f) as unknown;
        return Array.isArray(parsed) ? (parsed as Array<{ topic: string; data: unknown }>) : [];
      }),
    close: () => ws.terminate(),
  };
}

describe("editor users and the robot's sessions: sidebar endpoint, Test connection, comms", function () {
  this.timeout(90_000);
  let sim: RunningSimulator | undefined;
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;
  const robotClients: KortexSessionClient[] = [];
  const tokens = {} as Record<EditorUser, string>;
  const comms = {} as Record<EditorUser, CommsRecorder>;
  let anonymousComms: (CommsRecorder & { auth: string }) | undefined;

  async function token(username: EditorUser): Promise<string> {
    const { password, permissions } = EDITOR_USERS[username];
    const res = await fetch(`${red!.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'node-red-admin', grant_type: 'password', scope: permissions, username, password }).toString(),
    });
    const text = await res.text();
    assert.equal(res.status, 200, `login of ${username} failed: ${text}`);
    return (JSON.parse(text) as { access_token: string }).access_token;
  }

  function headers(user: EditorUser | undefined): Record<string, string> {
    return user ? { authorization: `Bearer ${tokens[user]}` } : {};
  }

  async function getSidebar(user: EditorUser | undefined, query = ''): Promise<{ status: number; text: string }> {
    const res = await fetch(`${red!.url}/kortex/sidebar${query}`, { headers: headers(user) });
    return { status: res.status, text: await res.text() };
  }

  async function postTest(user: EditorUser | undefined): Promise<{ status: number; text: string }> {
    const res = await fetch(`${red!.url}/kortex-session/test`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers(user) },
      // The deployed node's own endpoint with the editor's placeholder for the unchanged password.
      body: JSON.stringify({
        id: CONFIG_ID,
        host: '127.0.0.1',
        transport: 'tcp',
        port: String(sim!.port),
        namespace: '',
        username: 'admin',
        password: '__PWRD__',
      }),
    });
    return { status: res.status, text: await res.text() };
  }

  before(async function () {
    const users = defaultUsersConfig();
    for (const user of users.users) user.password = ROBOT_PASSWORDS[user.username] ?? user.password;
    sim = await startSimulator({ generation: 'k3', transport: 'tcp', host: '127.0.0.1', port: 0, users });

    userDir = makeTempDir('kortex-sidebar-comms-');
    writeSettings(userDir, {
      adminAuth: {
        type: 'credentials',
        users: Object.entries(EDITOR_USERS).map(([username, u]) => ({
          username,
          password: bcryptHash(u.password),
          permissions: u.permissions,
        })),
      },
    });
    linkPackage(userDir);
    red = await startNodeRed(userDir);
    for (const user of Object.keys(EDITOR_USERS) as EditorUser[]) tokens[user] = await token(user);
    await deployFlows(
      red.url,
      [
        { id: 'comms-tab', type: 'tab', label: 'Cell' },
        {
          id: CONFIG_ID,
          type: 'kortex-session',
          name: 'Cell robot',
          host: '127.0.0.1',
          port: String(sim.port),
          transport: 'tcp',
          namespace: '',
          username: 'admin',
          sessionInactivityTimeout: 60000,
          connectionInactivityTimeout: 10000,
          requestTimeout: 5000,
          credentials: { password: ROBOT_PASSWORDS.admin },
        },
        // A user of the config node, so this Node-RED holds a session.
        { id: 'comms-list', type: 'kortex-list-connections', z: 'comms-tab', session: CONFIG_ID, x: 200, y: 80, wires: [[]] },
      ],
      tokens.lead,
    );
    for (const username of ['operator', 'system']) {
      const client = new KortexSessionClient({
        host: '127.0.0.1',
        port: sim.port,
        transport: 'tcp',
        username,
        password: ROBOT_PASSWORDS[username],
      });
      robotClients.push(client);
      await client.openOnce();
    }
    const deadline = Date.now() + 10_000;
    while (!sim.model.sessions().some((s) => s.username === 'admin')) {
      assert.ok(Date.now() < deadline, 'this Node-RED never opened its session');
      await new Promise((r) => setTimeout(r, 50));
    }
    for (const user of Object.keys(EDITOR_USERS) as EditorUser[]) {
      const connection = await openComms(red.url, tokens[user]);
      assert.equal(connection.auth, 'ok', `comms refused ${user}`);
      comms[user] = connection;
    }
    anonymousComms = await openComms(red.url, undefined);
  });

  after(async function () {
    for (const connection of [...Object.values(comms), anonymousComms]) connection?.close();
    await Promise.all(robotClients.map((c) => c.close()));
    await red?.stop();
    await sim?.close();
    removeDir(userDir);
  });

  it('anonymous: 401 from both endpoints, and comms refuses the connection', async function () {
    assert.equal((await getSidebar(undefined)).status, 401);
    assert.equal((await postTest(undefined)).status, 401);
    assert.equal(anonymousComms?.auth, 'fail');
  });

  it('status.read only: 401 from both endpoints', async function () {
    assert.equal((await getSidebar('watcher')).status, 401);
    assert.equal((await getSidebar('watcher', `?id=${CONFIG_ID}`)).status, 401);
    assert.equal((await postTest('watcher')).status, 401);
  });

  it('read: the cards with who is on the robot, but no Test connection', async function () {
    const cards = await getSidebar('viewer', '?refresh=1');
    assert.equal(cards.status, 200, cards.text);
    for (const detail of ['operator', 'Operator', 'system', '127.0.0.1'])
      assert.ok(cards.text.includes(detail), `the card lacks "${detail}": ${cards.text}`);
    assert.equal((await postTest('viewer')).status, 401);
  });

  it('*: the cards and Test connection with the stored password on the deployed endpoint', async function () {
    assert.equal((await getSidebar('lead')).status, 200);
    const test = await postTest('lead');
    assert.equal(test.status, 200, test.text);
    assert.equal((JSON.parse(test.text) as { ok: boolean }).ok, true, test.text);
  });

  it('comms tells every editor only which card changed: no user name, address, role or password reaches anyone', async function () {
    // Someone with read permission looks at the sidebar: the live updates start, and the robot's
    // connection list (with operator's and system's sessions) is read.
    const asked = await getSidebar('lead', '?refresh=1');
    assert.equal(asked.status, 200, asked.text);
    // Another change while the lease runs: a session ends on the robot, and the list is read again.
    await robotClients.pop()!.close();
    assert.equal((await getSidebar('viewer', '?refresh=1')).status, 200);
    const deadline = Date.now() + 10_000;
    const notices = (user: EditorUser): Array<{ topic: string; data: unknown }> =>
      comms[user].messages().filter((m) => m.topic === 'kortex/sidebar/card');
    while ((Object.keys(comms) as EditorUser[]).some((u) => notices(u).length === 0)) {
      assert.ok(
        Date.now() < deadline,
        `no kortex/sidebar/card notice reached ${(Object.keys(comms) as EditorUser[]).filter((u) => notices(u).length === 0).join(', ')}`,
      );
      await new Promise((r) => setTimeout(r, 50));
    }
    // Let whatever else is coming arrive (comms sends every 50 ms; the sidebar throttles at 250 ms).
    await new Promise((r) => setTimeout(r, 1000));
    for (const user of Object.keys(comms) as EditorUser[]) {
      for (const notice of notices(user)) {
        assert.deepEqual(Object.keys(notice.data as object).sort(), ['id', 'rev'], `${user} got ${JSON.stringify(notice)}`);
        assert.equal((notice.data as { id: string }).id, CONFIG_ID);
      }
      const everything = comms[user].frames.join('\n');
      for (const detail of [...SESSION_DETAILS, ...Object.values(ROBOT_PASSWORDS)]) {
        assert.ok(
          !everything.includes(detail),
          `a comms message to ${user} contains "${detail}": ${comms[user].frames.filter((f) => f.includes(detail)).join('\n')}`,
        );
      }
    }
    // What a notice leads to: the editor reads the card, which only a reader may.
    assert.equal((await getSidebar('watcher', `?id=${CONFIG_ID}`)).status, 401);
    const card = await getSidebar('viewer', `?id=${CONFIG_ID}`);
    assert.equal(card.status, 200);
    assert.ok(card.text.includes('operator') && !card.text.includes('"system"'), `the card read after the notice: ${card.text}`);
  });
});
