/** TLS and broker credentials as settings: the config node's, the client's defaults, and the command lines' flags. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { translator } from '../../nodes/lib/i18n';
import { ConfigProblem, buildClientOptions } from '../../nodes/lib/options';
import { resolveSessionOptions } from '../../src/client/session/options';
import { brokerAccessFrom, parseBrokerUrl } from '../../src/transport/brokerAccess';
import { createTransport } from '../../src/transport/index';

const t = translator({ _: (key: string) => key });
const props = { host: '10.0.0.5', username: 'admin', transport: 'auto' };
const lookup = (id: string): { ca: string } | undefined => (id === 'tls1' ? { ca: 'PEM' } : undefined);

describe('TLS and broker credentials as settings', () => {
  it('"Use TLS" makes Automatic Kortex 3, also with a typed port that is not an MQTT port', () => {
    const o = buildClientOptions({ ...props, port: '18883', usetls: true, tls: 'tls1' }, { password: 'pw' }, t, lookup);
    assert.equal(o.transport, 'mqtt');
    assert.deepEqual(o.tls, { ca: 'PEM' });
    assert.equal(buildClientOptions({ ...props, port: '18883' }, { password: 'pw' }, t).transport, 'tcp', 'without TLS the port decides');
    assert.equal(resolveSessionOptions({ ...o, port: undefined }).port, 8883, 'the default port with TLS');
    assert.equal(resolveSessionOptions({ ...o, port: undefined, tls: undefined }).port, 1883);
  });

  it('the broker login comes from the credentials; wrong combinations are config problems', () => {
    const o = buildClientOptions(props, { password: 'pw', brokerUsername: ' cell ', brokerPassword: 'bpw' }, t);
    assert.deepEqual(o.broker, { username: 'cell', password: 'bpw' });
    assert.equal(o.transport, 'mqtt');
    assert.throws(() => buildClientOptions(props, { password: 'pw', brokerPassword: 'bpw' }, t), ConfigProblem);
    assert.throws(() => buildClientOptions({ ...props, transport: 'tcp', usetls: 'true' }, { password: 'pw' }, t), /Kortex 3 settings/);
    assert.throws(
      () => buildClientOptions({ ...props, usetls: true, tls: 'gone' }, { password: 'pw' }, t, lookup),
      /tls-config node "gone"/,
    );
    assert.throws(
      () => resolveSessionOptions({ host: 'h', transport: 'tcp', username: 'u', password: 'p', tls: {} }),
      /Kortex 2 TCP has neither/,
    );
  });

  it('broker URLs: mqtts defaults to 8883, no credentials in the URL', () => {
    assert.equal(parseBrokerUrl('mqtts://robot').port, '8883');
    assert.equal(parseBrokerUrl('robot').port, '1883');
    // Only a leading scheme counts: one further on is part of a bare host:port's path.
    assert.equal(parseBrokerUrl('robot:1884/tcp://x').href, 'mqtt://robot:1884/tcp://x');
    assert.throws(
      () => parseBrokerUrl('mqtts://cell:Secret-pw@robot'),
      (err: Error) => !err.message.includes('Secret-pw') && /KORTEX_BROKER_USER/.test(err.message),
    );
  });

  it('command-line flags: TLS files read, --insecure turns verification off, credentials only from the environment', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kortex-flags-'));
    try {
      const ca = path.join(dir, 'ca.pem');
      fs.writeFileSync(ca, 'CA');
      const access = brokerAccessFrom(
        parseBrokerUrl('mqtts://robot'),
        { tlsCa: ca },
        { KORTEX_BROKER_USER: 'cell', KORTEX_BROKER_PASSWORD: 'bpw' },
      );
      assert.deepEqual(access, { tls: { rejectUnauthorized: true, ca: Buffer.from('CA') }, auth: { username: 'cell', password: 'bpw' } });
      assert.equal(brokerAccessFrom(parseBrokerUrl('mqtts://robot'), { insecure: true }, {}).tls?.rejectUnauthorized, false);
      assert.throws(() => brokerAccessFrom(parseBrokerUrl('mqtt://robot'), { tlsCa: ca }, {}), /--tls-ca needs a TLS broker/);
      assert.throws(() => brokerAccessFrom(parseBrokerUrl('mqtts://robot'), { tlsCert: ca }, {}), /go together/);
      assert.throws(
        () => brokerAccessFrom(parseBrokerUrl('mqtts://robot'), { tlsCa: path.join(dir, 'none.pem') }, {}),
        /--tls-ca .*no such file/,
      );
      assert.throws(
        () => brokerAccessFrom(parseBrokerUrl('mqtts://robot'), {}, { KORTEX_BROKER_PASSWORD: 'x' }),
        /KORTEX_BROKER_USER is not/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('broker addresses and TLS flags of the command lines, at their edges', () => {
  it('names an address it cannot read; takes tcp:// like mqtt://; refuses a password alone in the URL', () => {
    assert.throws(() => parseBrokerUrl('mqtt://[::1'), {
      message: 'invalid MQTT broker address "mqtt://[::1" (expected e.g. mqtt://127.0.0.1:1883)',
    });
    assert.equal(parseBrokerUrl('tcp://robot').port, '1883');
    assert.throws(() => parseBrokerUrl('http://robot'), /unsupported MQTT broker scheme http:/);
    assert.throws(
      () => parseBrokerUrl('mqtt://:Secret-pw@robot'),
      (err: Error) => !err.message.includes('Secret-pw') && /put no user name or password in the broker URL/.test(err.message),
    );
  });

  it('a plain broker gets no TLS settings, and --insecure set to false is no TLS flag', () => {
    assert.deepEqual(brokerAccessFrom(parseBrokerUrl('mqtt://robot'), {}, {}), {});
    assert.deepEqual(brokerAccessFrom(parseBrokerUrl('mqtt://robot'), { insecure: false }, {}), {});
  });

  it('reads the client certificate and key; a file it cannot read names its flag and why', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kortex-flags-'));
    try {
      const cert = path.join(dir, 'cert.pem');
      const key = path.join(dir, 'key.pem');
      fs.writeFileSync(cert, 'CERT');
      fs.writeFileSync(key, 'KEY');
      assert.deepEqual(brokerAccessFrom(parseBrokerUrl('mqtts://robot'), { tlsCert: cert, tlsKey: key }, {}).tls, {
        rejectUnauthorized: true,
        cert: Buffer.from('CERT'),
        key: Buffer.from('KEY'),
      });
      assert.throws(() => brokerAccessFrom(parseBrokerUrl('mqtts://robot'), { tlsCert: path.join(dir, 'none'), tlsKey: key }, {}), {
        message: `--tls-cert ${path.join(dir, 'none')}: no such file`,
      });
      assert.throws(() => brokerAccessFrom(parseBrokerUrl('mqtts://robot'), { tlsCert: cert, tlsKey: path.join(dir, 'none') }, {}), {
        message: `--tls-key ${path.join(dir, 'none')}: no such file`,
      });
      // A folder is no file either, and says so in the system's words.
      assert.throws(() => brokerAccessFrom(parseBrokerUrl('mqtts://robot'), { tlsCa: dir }, {}), {
        message: `--tls-ca ${dir}: EISDIR: illegal operation on a directory, read`,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Kortex 2 TCP takes neither TLS nor broker credentials', () => {
    const message = 'TLS and broker credentials are Kortex 3 (MQTT) settings: Kortex 2 TCP has neither';
    assert.throws(() => createTransport({ kind: 'tcp', host: '127.0.0.1', tls: {} }), { message });
    assert.throws(() => createTransport({ kind: 'tcp', host: '127.0.0.1', broker: { username: 'cell' } }), { message });
  });
});
