/** TLS and broker credentials as settings: the config node's, the client's defaults, and the command lines' flags. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { translator } from '../../nodes/lib/i18n';
import { ConfigProblem, buildClientOptions } from '../../nodes/lib/options';
import { resolveSessionOptions } from '../../src/client/session/options';
import { brokerAccessFrom, parseBrokerUrl } from '../../src/transport/brokerAccess';

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
