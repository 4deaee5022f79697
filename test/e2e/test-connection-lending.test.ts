/**
 * Test connection never lends a stored robot password to another endpoint. POST /kortex-session/test
 * needs only kortex-session.write; with a deployed kortex-session's id and an unchanged password it
 * may use that node's stored password, but only for the node's own deployed robot (transport, host,
 * port, namespace, user). In a real Node-RED child with adminAuth, against listeners on loopback
 * addresses that record every byte and every connection: another port, host, user, transport or
 * namespace is a 400 that says to type the password, and nothing reaches any listener. The same
 * endpoint, however the dialog spells it, still works against the simulator.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import path from 'node:path';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import { STORED_PASSWORD_ELSEWHERE } from '../../nodes/admin/testConnection';
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

const EDITOR_PASSWORD = 'lending-editor-pw';
/** The stored robot password: no listener, reply or log may ever see it. */
const ROBOT_PASSWORD = 'Stored-Heron-Pw-60417';

/** A plain TCP server that records every connection and byte, answers nothing and hangs up after the first bytes. */
interface RecordingListener {
  name: string;
  host: string;
  port: number;
  connections: number;
  bytes(): Buffer;
  close(): Promise<void>;
}

async function recordingListener(name: string, host: string, port = 0): Promise<RecordingListener> {
  const chunks: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  const listener: RecordingListener = {
    name,
    host,
    port: 0,
    connections: 0,
    bytes: () => Buffer.concat(chunks),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = net.createServer((socket) => {
    listener.connections += 1;
    sockets.add(socket);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      // Hang up so a client that did send (the code before the fix) fails fast instead of timing out.
      socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  listener.port = (server.address() as net.AddressInfo).port;
  return listener;
}

function hash(password: string): string {
  const nodeRedDir = path.dirname(require.resolve('node-red/package.json', { paths: [repoRoot] }));
  const bcrypt = require(require.resolve('bcryptjs', { paths: [nodeRedDir] })) as { hashSync(p: string, rounds: number): string };
  return bcrypt.hashSync(password, 4);
}

describe('Test connection lends no stored password to another endpoint', function () {
  this.timeout(60_000);

  let sim: RunningSimulator | undefined;
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;
  let bearer = '';
  const listeners: RecordingListener[] = [];
  /** The deployed K2 node's robot, another port, the same port on another loopback host; the deployed K3 node's broker. */
  let tcpRobot: RecordingListener;
  let otherPort: RecordingListener;
  let otherHost: RecordingListener;
  let mqttRobot: RecordingListener;
  /** The K2 default port on a third loopback address, for a node deployed with a blank port; undefined when taken. */
  let defaultPortRobot: RecordingListener | undefined;

  const post = (body: unknown): ReturnType<typeof postJson> => postJson(`${red!.url}/kortex-session/test`, body, bearer);

  before(async function () {
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
    tcpRobot = await recordingListener('the deployed K2 endpoint (asked as another user, or over MQTT)', '127.0.0.1');
    otherPort = await recordingListener('another port', '127.0.0.1');
    // The same port number on another loopback address: only the host differs.
    otherHost = await recordingListener('another host', '127.0.0.2', tcpRobot.port);
    mqttRobot = await recordingListener('the deployed K3 endpoint (asked with another namespace, or over K2 TCP)', '127.0.0.1');
    listeners.push(otherPort, otherHost, tcpRobot, mqttRobot);
    defaultPortRobot = await recordingListener('the K2 default port', '127.0.0.3', 10000).catch(() => undefined);

    userDir = makeTempDir('kortex-lending-');
    linkPackage(userDir);
    writeSettings(userDir, {
      adminAuth: { type: 'credentials', users: [{ username: 'lead', password: hash(EDITOR_PASSWORD), permissions: '*' }] },
      logging: { console: { level: 'trace', metrics: false, audit: true } },
    });
    red = await startNodeRed(userDir);
    const res = await fetch(`${red.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: 'node-red-admin',
        grant_type: 'password',
        scope: '*',
        username: 'lead',
        password: EDITOR_PASSWORD,
      }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    bearer = ((await res.json()) as { access_token: string }).access_token;
    const timeouts = { sessionInactivityTimeout: 60000, connectionInactivityTimeout: 10000, requestTimeout: 5000 };
    // Config nodes only: no user node, so the runtime itself never connects to a listener.
    await deployFlows(
      red.url,
      [
        {
          id: 'k2-node',
          type: 'kortex-session',
          name: 'K2',
          host: '127.0.0.1',
          transport: 'tcp',
          port: String(tcpRobot.port),
          namespace: '',
          username: 'admin',
          ...timeouts,
          credentials: { password: ROBOT_PASSWORD },
        },
        {
          id: 'k3-node',
          type: 'kortex-session',
          name: 'K3',
          host: '127.0.0.1',
          transport: 'mqtt',
          port: String(mqttRobot.port),
          namespace: 'cellA',
          username: 'admin',
          ...timeouts,
          credentials: { password: ROBOT_PASSWORD },
        },
        {
          id: 'default-port-node',
          type: 'kortex-session',
          name: 'blank port',
          host: '127.0.0.3',
          transport: 'tcp',
          port: '',
          namespace: '',
          username: 'admin',
          ...timeouts,
          credentials: { password: ROBOT_PASSWORD },
        },
        {
          id: 'sim-node',
          type: 'kortex-session',
          name: 'sim',
          host: '127.0.0.1',
          transport: 'tcp',
          port: String(sim.port),
          namespace: '',
          username: 'admin',
          ...timeouts,
          credentials: { password: ROBOT_PASSWORD },
        },
      ],
      bearer,
    );
  });

  after(async function () {
    await red?.stop();
    await Promise.all([...listeners, ...(defaultPortRobot ? [defaultPortRobot] : [])].map((l) => l.close()));
    await sim?.close();
    removeDir(userDir);
  });

  it('refuses another port, host, user, transport or namespace with a 400, and nothing reaches any listener', async function () {
    const k2 = {
      id: 'k2-node',
      host: '127.0.0.1',
      transport: 'tcp',
      port: String(tcpRobot.port),
      namespace: '',
      username: 'admin',
      requestTimeout: '1000',
    };
    const k3 = {
      id: 'k3-node',
      host: '127.0.0.1',
      transport: 'mqtt',
      port: String(mqttRobot.port),
      namespace: 'cellA',
      username: 'admin',
      requestTimeout: '1000',
    };
    const cases: Array<[string, Record<string, unknown>]> = [
      ['another port', { ...k2, port: String(otherPort.port) }],
      ['another host (127.0.0.2, same port)', { ...k2, host: '127.0.0.2' }],
      ['another user', { ...k2, username: 'operator' }],
      ['another transport (MQTT to the K2 endpoint)', { ...k2, transport: 'mqtt' }],
      ['another transport (K2 TCP to the K3 endpoint)', { ...k3, transport: 'tcp' }],
      ['another namespace', { ...k3, namespace: 'cellB' }],
      ['no namespace', { ...k3, namespace: '' }],
    ];
    const replies: Array<[string, { status: number; text: string; json: Record<string, unknown> }]> = [];
    for (const [what, body] of cases) {
      // Both spellings of "unchanged": no password at all, and the editor's placeholder.
      for (const password of [undefined, '__PWRD__'])
        replies.push([`${what} (password ${String(password)})`, await post({ ...body, ...(password ? { password } : {}) })]);
    }
    // Give a connection that should not exist the time to arrive and write.
    await new Promise((r) => setTimeout(r, 500));
    // Every listener at once, so a failure shows the whole picture.
    const reached = listeners
      .filter((l) => l.connections > 0 || l.bytes().length > 0)
      .map(
        (l) =>
          `${l.name} (${l.host}:${l.port}): ${l.connections} connection(s), ${l.bytes().length} bytes${l.bytes().includes(Buffer.from(ROBOT_PASSWORD)) ? ', the stored password among them' : ''}`,
      );
    assert.deepEqual(reached, [], 'the endpoint connected to a listener');
    for (const [what, reply] of replies) {
      assert.equal(reply.status, 400, `${what}: ${reply.status} ${reply.text}`);
      assert.equal(reply.json.code, 'PASSWORD_REQUIRED', reply.text);
      assert.equal(reply.json.error, STORED_PASSWORD_ELSEWHERE);
      assert.ok(!reply.text.includes(ROBOT_PASSWORD), `${what}: the reply contains the stored password`);
    }
    assert.ok(!red!.output().includes(ROBOT_PASSWORD), 'the stored password appears in the Node-RED log');
  });

  it('still uses the stored password for the deployed endpoint, however the dialog spells it, with other timeouts', async function () {
    const spellings: Array<Record<string, unknown>> = [
      { host: '127.0.0.1', transport: 'tcp', port: String(sim!.port), namespace: '', username: 'admin' },
      // Blanks around host and user, 'auto' with a K2 port, no namespace field, numbers as numbers.
      { host: ' 127.0.0.1 ', transport: 'auto', port: sim!.port, username: ' admin ' },
    ];
    for (const spelling of spellings) {
      for (const password of [undefined, '__PWRD__']) {
        const reply = await post({
          id: 'sim-node',
          ...spelling,
          ...(password ? { password } : {}),
          sessionInactivityTimeout: '30000',
          requestTimeout: '2500',
        });
        assert.equal(reply.status, 200, `${JSON.stringify(spelling)}: ${reply.text}`);
        assert.equal(reply.json.ok, true, reply.text);
        assert.ok(!reply.text.includes(ROBOT_PASSWORD));
      }
    }
  });

  it("takes a blank port as the transport's default: the node deployed with none is tested on 10000 written out", async function () {
    if (!defaultPortRobot) this.skip();
    const reply = await post({
      id: 'default-port-node',
      host: '127.0.0.3',
      transport: 'tcp',
      port: '10000',
      namespace: '',
      username: 'admin',
      password: '__PWRD__',
      requestTimeout: '1000',
    });
    assert.equal(reply.status, 200, reply.text);
    // The deployed node's own endpoint: this is where its password belongs.
    assert.equal(defaultPortRobot!.connections, 1);
    assert.ok(defaultPortRobot!.bytes().includes(Buffer.from(ROBOT_PASSWORD)), 'the CreateSession did not arrive at the default port');
  });

  it('still tests any endpoint with a password typed in the dialog', async function () {
    const typed = 'Typed-In-Dialog-pw-8812';
    const connectionsBefore = otherPort.connections;
    const bytesBefore = otherPort.bytes().length;
    const reply = await post({
      id: 'k2-node',
      host: '127.0.0.1',
      transport: 'tcp',
      port: String(otherPort.port),
      username: 'admin',
      password: typed,
      requestTimeout: '1000',
    });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.json.ok, false, reply.text);
    const received = otherPort.bytes().subarray(bytesBefore);
    assert.equal(otherPort.connections - connectionsBefore, 1, 'the typed password was not tried on the named endpoint');
    assert.ok(received.includes(Buffer.from(typed)), 'the CreateSession with the typed password did not arrive');
    assert.ok(!received.includes(Buffer.from(ROBOT_PASSWORD)), 'the stored password reached the named endpoint');
    assert.ok(!reply.text.includes(typed));
  });
});
