/**
 * Kortex 3 over TLS with broker credentials, against a real mosquitto (TLS listener, password file,
 * mutual TLS) and certificates made by openssl for the suite: the session client and the pool.
 */
import assert from 'node:assert/strict';
import { ClientPool, identityKey } from '../../src/client/session/pool';
import { KortexError } from '../../src/client/core/errors';
import type { SessionClientOptions } from '../../src/client/session/options';
import type { SessionStateEvent } from '../../src/client/session/states';
import { main as simCli } from '../../src/simulator/cli';
import { BROKER_PASSWORD_ENV, BROKER_USER_ENV } from '../../src/transport/brokerAccess';
import { describeMqttError } from '../../src/transport/mqtt/errors';
import { BROKER_USERS, useTlsBrokers } from '../helpers/tlsBroker';
import { waitFor } from '../helpers/wait';
import { K3World } from './harness';

describe('K3 over TLS with broker credentials (mosquitto)', function () {
  this.timeout(20000);
  const tls = useTlsBrokers({ mutual: true });
  const world = new K3World(() => tls().broker);
  afterEach(() => world.cleanup());

  /** The simulated robot on the plain listener, with its own broker login. */
  const robot = (): ReturnType<K3World['robot']> => world.robot({ brokerAccess: { auth: BROKER_USERS.robot } });

  function tlsClient(overrides: Partial<SessionClientOptions> = {}): ReturnType<K3World['client']> {
    return world.client({
      port: tls().broker.tlsPort,
      tls: { ca: tls().ca },
      broker: BROKER_USERS.cell,
      reconnectMaxDelayMs: 30_000,
      ...overrides,
    });
  }

  /** The first 'reconnecting' event of a client that never opens. */
  function firstFailure(client: ReturnType<K3World['client']>): Promise<SessionStateEvent> {
    return new Promise((resolve) => {
      client.on('state', (e) => {
        if (e.state === 'reconnecting') resolve(e);
      });
      client.start();
    });
  }

  /** A refused link: longest backoff, reported as a refused login, calls fail at once with it, no secret in any text. */
  async function assertRefused(client: ReturnType<K3World['client']>, code: string, text: string): Promise<void> {
    const event = await firstFailure(client);
    assert.equal(event.authFailed, true, 'reported as a refused login');
    assert.equal(event.delayMs, 30_000, 'the longest backoff');
    assert.ok(event.error instanceof KortexError);
    assert.equal(event.error.code, code);
    assert.ok(event.error.message.includes(text), event.error.message);
    const started = Date.now();
    await assert.rejects(client.call('getConnections', {}), (err: KortexError) => {
      assert.equal(err.code, code);
      assert.ok(err.message.includes(text), err.message);
      for (const secret of [BROKER_USERS.cell.password, 'admin-secret-pw']) assert.ok(!err.message.includes(secret));
      return true;
    });
    assert.ok(Date.now() - started < 1000, 'the call fails at once, not after the request timeout');
  }

  it('opens a session over TLS with the broker login, on the robot that also came over TLS', async () => {
    await world.robot({ broker: tls().broker.tlsUrl, brokerAccess: { tls: { ca: tls().ca }, auth: BROKER_USERS.robot } });
    const client = tlsClient();
    await client.openOnce();
    assert.ok(client.sessionId > 0);
    assert.equal(client.robot, `127.0.0.1:${tls().broker.tlsPort}`);
    const { payload } = await client.call('getConnections', {});
    assert.ok(payload.userConnections.some((c) => c.username === 'admin'));
  });

  it('wrong CA: "TLS: unable to verify the broker\'s certificate", as a refused login', async () => {
    await robot();
    await assertRefused(
      tlsClient({ tls: { ca: tls().otherCa } }),
      'TLS_FAILED',
      "TLS: unable to verify the broker's certificate (self-signed certificate in certificate chain)",
    );
  });

  it('wrong server name: "TLS: the broker\'s certificate is not for <name>"', async () => {
    await robot();
    await assertRefused(
      tlsClient({ tls: { ca: tls().ca, servername: 'robot.example' } }),
      'TLS_FAILED',
      "TLS: the broker's certificate is not for robot.example (it names IP Address:127.0.0.1, DNS:localhost)",
    );
  });

  it('the broker refuses the credentials: "MQTT: not authorized (0x87)", password nowhere', async () => {
    await robot();
    await assertRefused(
      tlsClient({ broker: { username: BROKER_USERS.cell.username, password: 'admin-secret-pw' } }),
      'BROKER_REFUSED',
      'MQTT: not authorized (0x87)',
    );
    await assertRefused(tlsClient({ broker: undefined }), 'BROKER_REFUSED', 'MQTT: not authorized (0x87)');
  });

  it('mutual TLS: refused without a client certificate, open with one', async () => {
    const mutual = tls().mutual;
    assert.ok(mutual);
    await world.robot({ broker: mutual.url, brokerAccess: { auth: BROKER_USERS.robot } });
    await assertRefused(tlsClient({ port: mutual.tlsPort }), 'TLS_FAILED', 'TLS: the broker wants a client certificate it trusts');
    const client = tlsClient({ port: mutual.tlsPort, tls: { ca: tls().ca, cert: tls().clientCert, key: tls().clientKey } });
    await client.openOnce();
    assert.ok(client.sessionId > 0);
  });

  it('plain MQTT to the TLS port, and TLS to a plain port, say which is which', async () => {
    const plain = await firstFailure(tlsClient({ tls: undefined }));
    assert.equal(plain.authFailed, false, 'a reset may pass: normal backoff');
    assert.match(plain.error?.message ?? '', /connection reset/i);
    const fromPort8883 = describeMqttError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'robot:8883', {
      tls: false,
      port: 8883,
      servername: 'robot',
    });
    assert.equal(
      fromPort8883.message,
      'robot:8883: the broker ended the connection: port 8883 is MQTT over TLS, turn TLS on (plain MQTT is 1883)',
    );
    const tlsToPlain = await firstFailure(tlsClient({ port: tls().broker.port }));
    assert.ok(
      tlsToPlain.error?.message.includes(
        `TLS: the broker ended the connection during the handshake (is port ${tls().broker.port} a plain MQTT port?`,
      ),
      tlsToPlain.error?.message,
    );
  });

  it("kortex-sim --insecure joins the TLS broker and says on stderr that the broker's certificate is not verified", async () => {
    const saved = [process.env[BROKER_USER_ENV], process.env[BROKER_PASSWORD_ENV]];
    process.env[BROKER_USER_ENV] = BROKER_USERS.robot.username;
    process.env[BROKER_PASSWORD_ENV] = BROKER_USERS.robot.password;
    const errLines: string[] = [];
    const url = tls().broker.tlsUrl;
    assert.ok(url, 'the TLS listener');
    try {
      const sim = await simCli(['--generation', 'k3', '--broker', url, '--insecure'], {
        out: () => undefined,
        err: (line) => errLines.push(line),
      });
      await sim.simulator?.close();
      assert.equal(sim.exitCode, 0, errLines.join('\n'));
    } finally {
      for (const [name, value] of [
        [BROKER_USER_ENV, saved[0]],
        [BROKER_PASSWORD_ENV, saved[1]],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    assert.deepEqual(errLines, [
      "kortex-sim: --insecure: the broker's certificate is NOT verified; anyone on the network path can pose as the broker",
    ]);
  });

  it('TLS settings and the broker user are part of the identity: no sharing, and no secret in the key', async () => {
    const base: SessionClientOptions = {
      host: '127.0.0.1',
      transport: 'auto',
      username: 'admin',
      password: 'admin',
      tls: { ca: tls().ca, cert: tls().clientCert, key: tls().clientKey },
      broker: BROKER_USERS.cell,
    };
    const keys = [
      identityKey(base),
      identityKey({ ...base, tls: { ca: tls().ca } }),
      identityKey({ ...base, tls: { ...base.tls, servername: 'localhost' } }),
      identityKey({ ...base, broker: BROKER_USERS.robot }),
      identityKey({ ...base, tls: undefined, broker: undefined }),
    ];
    assert.equal(new Set(keys).size, keys.length, keys.join('\n'));
    assert.equal(keys[0], identityKey({ ...base, transport: 'mqtt', port: 8883 }), 'TLS means Kortex 3 on 8883');
    for (const key of keys) {
      assert.ok(!key.includes(BROKER_USERS.cell.password));
      assert.ok(!key.includes('PRIVATE KEY') && !key.includes(tls().clientKey.toString().split('\n')[1]));
    }
    const pool = new ClientPool(0);
    try {
      const a = pool.acquire({ ...base, port: 1 }, 'node-a');
      const b = pool.acquire({ ...base, port: 1, broker: { ...BROKER_USERS.cell, password: 'other' } }, 'node-b');
      const c = pool.acquire({ ...base, port: 1, tls: { ca: tls().ca } }, 'node-c');
      const a2 = pool.acquire({ ...base, port: 1 }, 'node-d');
      assert.equal(new Set([a, b, c]).size, 3, 'another broker password or other TLS settings never share a client');
      assert.equal(a2, a, 'the same settings share one');
    } finally {
      await pool.closeAll();
    }
  });

  it('a session over TLS comes back by itself after the broker restarts', async () => {
    await robot();
    const client = tlsClient();
    await client.openOnce();
    const first = client.sessionId;
    await tls().broker.restart();
    await waitFor(() => (client.state === 'open' && client.sessionId !== 0 ? true : undefined), 'the session over TLS again', 15000);
    assert.ok(first > 0);
  });
});
