/**
 * Test connection for Kortex 3 over TLS, in a real Node-RED child: it uses the kortex-session's
 * tls-config node and broker login exactly as the deployed node would (mutual TLS against a real
 * mosquitto), reports TLS and broker refusals by name, and lends no stored secret (robot password,
 * broker password, the tls-config node's client certificate and key) to another endpoint: those
 * requests are a 400 and a listener that records every connection gets none.
 */
import assert from 'node:assert/strict';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import { LoopbackServer, listenOnLoopback } from '../helpers/loopbackServer';
import { BROKER_USERS, useTlsBrokers } from '../helpers/tlsBroker';
import { NodeRedProcess, deployFlows, linkPackage, makeTempDir, postJson, removeDir, startNodeRed, writeSettings } from './nodeRed';

const ROBOT_PASSWORD = 'Stored-Osprey-Pw-31337';
const PLACEHOLDER = '__PWRD__';

describe('Test connection over TLS: the same TLS settings, and no stored secret lent', function () {
  this.timeout(60_000);
  const tls = useTlsBrokers({ mutual: true });
  let sim: RunningSimulator | undefined;
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;
  let recorder: LoopbackServer | undefined;
  let recorded = 0;

  const post = (body: unknown): ReturnType<typeof postJson> => postJson(`${red!.url}/kortex-session/test`, body);
  const mutualPort = (): string => String(tls().mutual?.tlsPort);
  /** The deployed node's endpoint as the dialog sends it, every secret left stored. */
  const deployedBody = (): Record<string, unknown> => ({
    id: 'k3-tls',
    host: '127.0.0.1',
    transport: 'mqtt',
    port: mutualPort(),
    namespace: '',
    username: 'admin',
    usetls: true,
    tls: 'tls-client',
    password: PLACEHOLDER,
    brokerUsername: BROKER_USERS.cell.username,
    brokerPassword: PLACEHOLDER,
    requestTimeout: '3000',
  });

  before(async function () {
    const mutual = tls().mutual;
    assert.ok(mutual);
    sim = await startSimulator({
      generation: 'k3',
      transport: 'mqtt',
      broker: mutual.url,
      brokerAccess: { auth: BROKER_USERS.robot },
      users: {
        ...defaultUsersConfig(),
        users: defaultUsersConfig().users.map((u) => (u.username === 'admin' ? { ...u, password: ROBOT_PASSWORD } : u)),
      },
    });
    recorder = await listenOnLoopback((socket) => {
      recorded += 1;
      socket.destroy();
    });
    userDir = makeTempDir('kortex-testconn-tls-');
    linkPackage(userDir);
    writeSettings(userDir, { logging: { console: { level: 'trace', metrics: false, audit: true } } });
    red = await startNodeRed(userDir);
    const certs = tls().certs;
    const tlsConfig = {
      type: 'tls-config',
      servername: '',
      verifyservercert: true,
      alpnprotocol: '',
      certname: '',
      keyname: '',
      caname: '',
    };
    // Config nodes only: nothing connects until Test connection is asked.
    await deployFlows(red.url, [
      { id: 'tls-client', name: 'client identity', ...tlsConfig, ca: certs.caFile, cert: certs.clientCertFile, key: certs.clientKeyFile },
      { id: 'tls-ca', name: 'CA only', ...tlsConfig, ca: certs.caFile, cert: '', key: '' },
      {
        id: 'k3-tls',
        type: 'kortex-session',
        name: 'K3 TLS',
        host: '127.0.0.1',
        transport: 'mqtt',
        port: mutualPort(),
        namespace: '',
        username: 'admin',
        usetls: true,
        tls: 'tls-client',
        sessionInactivityTimeout: 60000,
        connectionInactivityTimeout: 10000,
        requestTimeout: 3000,
        credentials: { password: ROBOT_PASSWORD, brokerUsername: BROKER_USERS.cell.username, brokerPassword: BROKER_USERS.cell.password },
      },
    ]);
    // The deploy answers before the flows have started: wait until the tls-config nodes run.
    const probe = { host: '127.0.0.1', username: 'admin', password: 'x', usetls: true, tls: 'tls-ca', port: 'not a port' };
    for (let tries = 0; /tls-config node/.test((await post(probe)).text); tries++) {
      if (tries > 100) throw new Error('the tls-config nodes did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  after(async () => {
    await red?.stop();
    await recorder?.close();
    await sim?.close();
    removeDir(userDir);
  });

  function assertNoSecret(text: string): void {
    for (const secret of [ROBOT_PASSWORD, BROKER_USERS.cell.password, 'Typed-Wrong-Broker-9', tls().clientKey.toString().split('\n')[1]]) {
      assert.ok(!text.includes(secret), `a secret in: ${text.slice(0, 300)}`);
    }
  }

  it("the deployed node's endpoint, every secret stored: mutual TLS, the broker login and the robot login work", async () => {
    const reply = await post(deployedBody());
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.json.ok, true, reply.text);
    assert.equal(reply.json.generation, 'k3');
    assert.equal(reply.json.robot, `127.0.0.1:${mutualPort()}`);
    // As the sidebar's "test" asks: no password fields, no broker user name: the deployed login, unchanged.
    const { password, brokerUsername, brokerPassword, ...sidebarBody } = deployedBody();
    void password;
    void brokerUsername;
    void brokerPassword;
    const fromSidebar = await post(sidebarBody);
    assert.equal(fromSidebar.json.ok, true, fromSidebar.text);
  });

  it('says what TLS or the broker refused: no client certificate, the broker login', async () => {
    const noIdentity = await post({
      ...deployedBody(),
      id: undefined,
      tls: 'tls-ca',
      password: ROBOT_PASSWORD,
      brokerPassword: BROKER_USERS.cell.password,
    });
    assert.equal(noIdentity.json.ok, false, noIdentity.text);
    assert.equal(noIdentity.json.code, 'TLS_FAILED');
    assert.match(String(noIdentity.json.error), /TLS: the broker wants a client certificate it trusts/);
    const wrongBroker = await post({ ...deployedBody(), brokerPassword: 'Typed-Wrong-Broker-9' });
    assert.equal(wrongBroker.json.ok, false, wrongBroker.text);
    assert.equal(wrongBroker.json.code, 'BROKER_REFUSED');
    assert.match(String(wrongBroker.json.error), /MQTT: not authorized \(0x87\)/);
    assertNoSecret(noIdentity.text + wrongBroker.text);
  });

  it('lends no stored broker password and no TLS client key to another endpoint or broker user', async () => {
    const elsewhere = { port: String(recorder!.port) };
    const cases: Array<[string, Record<string, unknown>]> = [
      ['everything stored, another port', { ...deployedBody(), ...elsewhere }],
      ['robot password typed, broker password stored, another port', { ...deployedBody(), ...elsewhere, password: 'typed-robot-pw' }],
      [
        'both passwords typed, the client key stored, another port',
        { ...deployedBody(), ...elsewhere, password: 'typed-robot-pw', brokerPassword: 'typed-broker-pw' },
      ],
      [
        'both passwords typed, the client key stored, no id',
        { ...deployedBody(), ...elsewhere, id: undefined, password: 'typed-robot-pw', brokerPassword: 'typed-broker-pw' },
      ],
      [
        'broker password stored, another broker user',
        { ...deployedBody(), brokerUsername: BROKER_USERS.robot.username, password: 'typed-robot-pw' },
      ],
    ];
    for (const [what, body] of cases) {
      const reply = await post(body);
      assert.equal(reply.status, 400, `${what}: ${reply.status} ${reply.text}`);
      assert.equal(reply.json.code, 'PASSWORD_REQUIRED', `${what}: ${reply.text}`);
      assertNoSecret(reply.text);
    }
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(recorded, 0, 'a stored secret went to the recording listener');
    // The same typed settings without the client identity may go anywhere (nothing stored is used).
    const typedOnly = await post({
      ...deployedBody(),
      ...elsewhere,
      id: undefined,
      tls: 'tls-ca',
      password: 'typed-robot-pw',
      brokerPassword: 'typed-broker-pw',
    });
    assert.equal(typedOnly.status, 200, typedOnly.text);
    assert.equal(recorded, 1, 'typed secrets are tried on the endpoint named');
    assertNoSecret(red!.output());
  });
});
