/**
 * The "Test connection" admin endpoint of the kortex-session config dialog, in a real Node-RED
 * runtime (child process) with admin authentication switched on: it needs the
 * kortex-session.write permission, opens and closes one session with the settings as typed or with
 * the deployed node's stored password, names Kortex errors, and never echoes or logs the password.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import {
  NodeRedProcess,
  deployFlows,
  linkPackage,
  makeTempDir,
  postJson,
  removeDir,
  repoRoot,
  startNodeRed,
  writeSettings,
} from './nodeRed';
import { packageJson } from '../helpers/packageNodes';

const ADMIN_PASSWORD = 'editor-admin-pw';
const READER_PASSWORD = 'editor-reader-pw';
/** A robot password no log or reply may ever contain. */
const ROBOT_PASSWORD = 'Zebra-Quartz-7781';

function hash(password: string): string {
  // Node-RED's own copy of bcryptjs, by path.
  const bcrypt = require(
    require.resolve('bcryptjs', { paths: [path.dirname(require.resolve('node-red/package.json', { paths: [repoRoot] }))] }),
  ) as {
    hashSync(p: string, rounds: number): string;
  };
  return bcrypt.hashSync(password, 8);
}

describe('Test connection endpoint (POST /kortex-session/test)', function () {
  this.timeout(60_000);

  let sim: RunningSimulator | undefined;
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;
  let adminToken = '';
  let readerToken = '';

  async function token(username: string, password: string, scope: string): Promise<string> {
    const res = await fetch(`${red!.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: 'node-red-admin', grant_type: 'password', scope, username, password }),
    });
    const text = await res.text();
    assert.equal(res.status, 200, `login as ${username} failed: ${text}`);
    return (JSON.parse(text) as { access_token: string }).access_token;
  }

  const post = (body: unknown, bearer = adminToken): ReturnType<typeof postJson> =>
    postJson(`${red!.url}/kortex-session/test`, body, bearer);

  before(async function () {
    assert.ok(fs.existsSync(path.join(repoRoot, packageJson['node-red'].nodes['kortex-session'])), 'run "npm run build" first');
    sim = await startSimulator({
      generation: 'k3',
      transport: 'tcp',
      host: '127.0.0.1',
      port: 0,
      users: {
        ...defaultUsersConfig(),
        users: defaultUsersConfig().users.map((u) => (u.username === 'admin' ? { ...u, password: ROBOT_PASSWORD } : u)),
      },
    });
    userDir = makeTempDir('kortex-testconn-');
    linkPackage(userDir);
    writeSettings(userDir, {
      adminAuth: {
        type: 'credentials',
        users: [
          { username: 'admin', password: hash(ADMIN_PASSWORD), permissions: '*' },
          { username: 'reader', password: hash(READER_PASSWORD), permissions: 'read' },
        ],
      },
      logging: { console: { level: 'trace', metrics: false, audit: true } },
    });
    red = await startNodeRed(userDir);
    adminToken = await token('admin', ADMIN_PASSWORD, '*');
    readerToken = await token('reader', READER_PASSWORD, 'read');
  });

  after(async function () {
    await red?.stop();
    await sim?.close();
    removeDir(userDir);
  });

  const settings = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    host: '127.0.0.1',
    transport: 'tcp',
    port: String(sim!.port),
    namespace: '',
    username: 'admin',
    ...extra,
  });

  it('refuses callers without the kortex-session.write permission', async function () {
    const anonymous = await post(settings({ password: ROBOT_PASSWORD }), '');
    assert.equal(anonymous.status, 401);
    const reader = await post(settings({ password: ROBOT_PASSWORD }), readerToken);
    assert.equal(reader.status, 401);
    assert.equal(sim!.model.sessions().length, 0);
  });

  it('opens and closes a session with the password as typed and names the generation', async function () {
    const res = await post(settings({ password: ROBOT_PASSWORD }));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.ok, true, res.text);
    assert.equal(res.json.transport, 'tcp');
    assert.equal(res.json.generation, 'k3');
    assert.ok(Number(res.json.sessionId) > 0);
    assert.ok(!res.text.includes(ROBOT_PASSWORD));
  });

  it('names the Kortex error for a wrong password, without echoing it', async function () {
    const res = await post(settings({ password: 'Wrong-Guess-123' }));
    assert.equal(res.status, 200);
    assert.equal(res.json.ok, false);
    assert.match(String(res.json.error), /ERROR_DEVICE\/INVALID_PASSWORD/);
    assert.ok(!res.text.includes('Wrong-Guess-123'), res.text);
  });

  it("reports an unreachable robot and rejects unusable settings with the node's own message", async function () {
    const down = await post(settings({ port: '1', password: ROBOT_PASSWORD }));
    assert.equal(down.json.ok, false);
    assert.match(String(down.json.error), /127\.0\.0\.1:1/);
    const badPort = await post(settings({ port: '70000', password: ROBOT_PASSWORD }));
    assert.equal(badPort.status, 400);
    assert.match(String(badPort.json.error), /port/);
    const noPassword = await post(settings());
    assert.equal(noPassword.status, 400);
    assert.match(String(noPassword.json.error), /password/);
  });

  it("uses the deployed node's stored password when the dialog has not changed it", async function () {
    await deployFlows(
      red!.url,
      [
        { id: 'f1', type: 'tab', label: 'test' },
        { id: 'cfg1', type: 'kortex-session', name: 'sim', ...settings(), credentials: { password: ROBOT_PASSWORD } },
      ],
      adminToken,
    );
    const stored = await post({ ...settings(), id: 'cfg1', password: '__PWRD__' });
    assert.equal(stored.json.ok, true, stored.text);
    const unknown = await post({ ...settings(), id: 'no-such-node' });
    assert.equal(unknown.status, 400);
  });

  it("never lends another node's stored secret: an mqtt-broker id is a 400 and nothing reaches the named host", async function () {
    const BROKER_SECRET = 'Broker-Secret-Walrus-4412';
    // A "robot" that records every byte anyone sends it and never answers.
    const received: Buffer[] = [];
    let connections = 0;
    const sockets = new Set<net.Socket>();
    const listener = net.createServer((socket) => {
      connections += 1;
      sockets.add(socket);
      socket.on('data', (chunk) => received.push(chunk));
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const listenerPort = (listener.address() as net.AddressInfo).port;
    try {
      await deployFlows(
        red!.url,
        [
          { id: 'f1', type: 'tab', label: 'test' },
          { id: 'cfg1', type: 'kortex-session', name: 'sim', ...settings(), credentials: { password: ROBOT_PASSWORD } },
          {
            id: 'broker1',
            type: 'mqtt-broker',
            name: 'plant broker',
            broker: '127.0.0.1',
            port: '1',
            protocolVersion: '5',
            credentials: { user: 'plant', password: BROKER_SECRET },
          },
        ],
        adminToken,
      );
      const target = { host: '127.0.0.1', transport: 'tcp', port: String(listenerPort), username: 'admin' };
      for (const body of [
        { ...target, id: 'broker1' },
        { ...target, id: 'broker1', password: '__PWRD__' },
        { ...target, id: 'no-such-node' },
      ]) {
        const reply = await post(body);
        assert.equal(reply.status, 400, `${JSON.stringify(body)} -> ${reply.status} ${reply.text}`);
        assert.match(String(reply.json.error), /is not a deployed kortex-session node/);
        assert.ok(!reply.text.includes(BROKER_SECRET), reply.text);
      }
      // Give a connection that should not exist the time to arrive and write.
      await new Promise((r) => setTimeout(r, 300));
      const bytes = Buffer.concat(received);
      assert.ok(!bytes.includes(Buffer.from(BROKER_SECRET)), 'the mqtt-broker password was sent to the named host');
      assert.equal(connections, 0, `the endpoint connected to the named host ${connections} time(s) (${bytes.length} bytes)`);
      // The kortex-session node's own stored password still works.
      const own = await post({ ...settings(), id: 'cfg1', password: '__PWRD__' });
      assert.equal(own.json.ok, true, own.text);
      assert.ok(!red!.output().includes(BROKER_SECRET), 'the broker password appears in the Node-RED log');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    }
  });

  it('leaves no session open and never writes the password to the log', async function () {
    const deadline = Date.now() + 5000;
    // The deployed config node has no user nodes, so it holds no session either.
    while (sim!.model.sessions().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(sim!.model.sessions().length, 0);
    assert.ok(!red!.output().includes(ROBOT_PASSWORD), 'the robot password appears in the Node-RED log');
    const flowsFile = path.join(userDir!, 'flows.json');
    if (fs.existsSync(flowsFile)) assert.ok(!fs.readFileSync(flowsFile, 'utf8').includes(ROBOT_PASSWORD));
  });
});
