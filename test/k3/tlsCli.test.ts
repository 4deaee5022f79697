/**
 * `kortex` and `kortex-sim` over TLS with broker credentials, as users run them (built binaries as
 * child processes) against a real mosquitto with a TLS listener and a password file: the robot
 * joins the broker over mqtts://, the CLI talks to it; wrong CA, refused broker login and --insecure
 * say so on stderr, and no password is echoed anywhere.
 */
import assert from 'node:assert/strict';
import { KORTEX_BIN, KORTEX_SIM_BIN, runBinary } from '../helpers/binaryRun';
import { SimChild, spawnSimulator } from '../helpers/simProcess';
import { BROKER_USERS, useTlsBrokers } from '../helpers/tlsBroker';

const ROBOT_ENV = { KORTEX_BROKER_USER: BROKER_USERS.robot.username, KORTEX_BROKER_PASSWORD: BROKER_USERS.robot.password };
const CELL_ENV = {
  KORTEX_BROKER_USER: BROKER_USERS.cell.username,
  KORTEX_BROKER_PASSWORD: BROKER_USERS.cell.password,
  KORTEX_PASSWORD: 'admin',
};

describe('kortex and kortex-sim over TLS with broker credentials (binaries, mosquitto)', function () {
  this.timeout(30000);
  const tls = useTlsBrokers({ mutual: true });
  let sim: SimChild | undefined;

  afterEach(async () => {
    await sim?.kill();
    sim = undefined;
  });

  const tlsUrl = (): string => `mqtts://127.0.0.1:${tls().broker.tlsPort}`;

  function assertNoSecret(text: string): void {
    for (const secret of [BROKER_USERS.robot.password, BROKER_USERS.cell.password, 'wrong-Broker-pw-55'])
      assert.ok(!text.includes(secret), `a password in: ${text}`);
  }

  it('the robot joins over mqtts:// with --tls-ca and its broker login; kortex lists the connections over TLS', async () => {
    sim = await spawnSimulator(['--generation', 'k3', '--broker', tlsUrl(), '--tls-ca', tls().certs.caFile], 15000, ROBOT_ENV);
    assert.match(sim.stdout(), new RegExp(`listening on mqtts://127\\.0\\.0\\.1:${tls().broker.tlsPort} \\(k3\\)`));
    const run = await runBinary(KORTEX_BIN, ['connections', '--broker', tlsUrl(), '--tls-ca', tls().certs.caFile], CELL_ENV);
    assert.equal(run.code, 0, run.stderr);
    const list = JSON.parse(run.stdout) as { userConnections: Array<{ username: string }> };
    assert.equal(list.userConnections[0]?.username, 'admin');
    assertNoSecret(run.stdout + run.stderr + sim.stdout() + sim.stderr());
  });

  it('mutual TLS with --tls-cert and --tls-key; without them the broker turns the client away', async () => {
    const mutual = tls().mutual;
    assert.ok(mutual);
    const url = `mqtts://127.0.0.1:${mutual.tlsPort}`;
    const ca = ['--tls-ca', tls().certs.caFile];
    const identity = ['--tls-cert', tls().certs.clientCertFile, '--tls-key', tls().certs.clientKeyFile];
    sim = await spawnSimulator(['--generation', 'k3', '--broker', url, ...ca, ...identity], 15000, ROBOT_ENV);
    const ok = await runBinary(KORTEX_BIN, ['create-session', '--broker', url, ...ca, ...identity], CELL_ENV);
    assert.equal(ok.code, 0, ok.stderr);
    const refused = await runBinary(KORTEX_BIN, ['create-session', '--broker', url, ...ca], CELL_ENV);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^kortex: TLS_FAILED: .*TLS: the broker wants a client certificate it trusts/m);
  });

  it('wrong CA, refused broker login, --insecure: said on stderr, exit 1 (or 0 with the warning), no password echoed', async () => {
    sim = await spawnSimulator(['--generation', 'k3', '--broker', tls().broker.url], 15000, ROBOT_ENV);
    const wrongCa = await runBinary(KORTEX_BIN, ['connections', '--broker', tlsUrl(), '--tls-ca', tls().certs.otherCaFile], CELL_ENV);
    assert.equal(wrongCa.code, 1);
    assert.match(
      wrongCa.stderr,
      /^kortex: TLS_FAILED: .*TLS: unable to verify the broker's certificate \(self-signed certificate in certificate chain\)$/m,
    );
    const refused = await runBinary(KORTEX_BIN, ['connections', '--broker', tlsUrl(), '--tls-ca', tls().certs.caFile], {
      ...CELL_ENV,
      KORTEX_BROKER_PASSWORD: 'wrong-Broker-pw-55',
    });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^kortex: BROKER_REFUSED: .*MQTT: not authorized \(0x87\)$/m);
    assert.ok(refused.totalMs < 8000, 'a refused login exits at once');
    const insecure = await runBinary(KORTEX_BIN, ['connections', '--broker', tlsUrl(), '--insecure'], CELL_ENV);
    assert.equal(insecure.code, 0, insecure.stderr);
    assert.match(insecure.stderr, /kortex: --insecure: the broker's certificate is NOT verified/);
    assertNoSecret([wrongCa, refused, insecure].map((r) => r.stdout + r.stderr).join('\n'));
  });

  it('kortex-sim: a refused broker login ends the start with a clear error; TLS flags without mqtts:// are a usage error', async () => {
    const refused = await runBinary(KORTEX_SIM_BIN, ['--generation', 'k3', '--broker', tlsUrl(), '--tls-ca', tls().certs.caFile], {
      ...ROBOT_ENV,
      KORTEX_BROKER_PASSWORD: 'wrong-Broker-pw-55',
    });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^kortex-sim: the simulated robot could not join the broker: .*MQTT: not authorized \(0x87\)$/m);
    const usage = await runBinary(
      KORTEX_SIM_BIN,
      ['--generation', 'k3', '--broker', tls().broker.url, '--tls-ca', tls().certs.caFile],
      ROBOT_ENV,
    );
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--tls-ca needs a TLS broker: --broker mqtts:\/\/host:port/);
    assertNoSecret(refused.stderr + usage.stderr);
  });
});
