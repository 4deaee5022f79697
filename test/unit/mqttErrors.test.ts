/**
 * What a user reads when a Kortex 3 link fails (src/transport/mqtt/errors.ts): each MQTT refusal,
 * TLS and socket failure in the package's words, as the node status, a Catch node and `kortex` show
 * it. The real handshakes are in test/k3/tls.test.ts; this table holds every case, including those a
 * test broker cannot produce (banned, expired certificates, alerts of other brokers).
 */
import assert from 'node:assert/strict';
import { describeMqttError } from '../../src/transport/mqtt/errors';
import { LinkRefusedError } from '../../src/transport/types';

const EP = '10.0.0.7:8883';
const PLAIN = { tls: false, port: 1883, servername: '10.0.0.7' };
const TLS = { tls: true, port: 8883, servername: 'robot.cell-7' };
const ALERT =
  'C0:error:0A00045C:SSL routines:ssl3_read_bytes:tlsv13 alert certificate required:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1605:SSL alert number 116\n';

function failure(message: string, code?: string | number): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

function refused(err: Error, reason: 'tls' | 'broker-auth'): string {
  assert.ok(err instanceof LinkRefusedError, `a LinkRefusedError, got ${err.name}: ${err.message}`);
  assert.equal(String(err), `LinkRefusedError: ${err.message}`, 'what a log line shows');
  assert.equal(err.reason, reason, err.message);
  return err.message;
}

describe('transport: what a user reads when the MQTT link fails', () => {
  it('a broker that refuses the login says why, by its MQTT v5 reason code; nothing else counts as a refused login', () => {
    for (const [code, why] of [
      [0x85, 'client identifier not valid'],
      [0x86, 'bad user name or password'],
      [0x87, 'not authorized'],
      [0x8a, 'banned'],
      [0x8c, 'bad authentication method'],
    ] as const) {
      assert.equal(
        refused(describeMqttError(failure('Connection refused', code), EP, PLAIN), 'broker-auth'),
        `${EP}: MQTT: ${why} (0x${code.toString(16)})`,
      );
    }
    const other = describeMqttError(failure('Connection refused: Server unavailable', 0x88), EP, PLAIN);
    assert.ok(!(other instanceof LinkRefusedError));
    assert.equal(other.message, `${EP}: the MQTT broker refused the connection (Server unavailable)`);
  });

  it('a broker certificate that does not chain to a trusted CA, for every reason node:tls gives', () => {
    for (const code of [
      'SELF_SIGNED_CERT_IN_CHAIN',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'UNABLE_TO_GET_ISSUER_CERT',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'CERT_UNTRUSTED',
      'CERT_SIGNATURE_FAILURE',
      'CERT_HAS_EXPIRED',
      'CERT_NOT_YET_VALID',
      'CERT_REVOKED',
      'INVALID_CA',
      'CERT_CHAIN_TOO_LONG',
      'INVALID_PURPOSE',
      'CERT_REJECTED',
    ]) {
      assert.equal(
        refused(describeMqttError(failure(`why: ${code}`, code), EP, TLS), 'tls'),
        `${EP}: TLS: unable to verify the broker's certificate (why: ${code})`,
      );
    }
  });

  it("a certificate for another name names the names it holds, or repeats node's text", () => {
    const withNames = failure(
      "Hostname/IP does not match certificate's altnames: Host: robot.cell-7. is not in the cert's altnames: DNS:broker, DNS:localhost",
      'ERR_TLS_CERT_ALTNAME_INVALID',
    );
    assert.equal(
      refused(describeMqttError(withNames, EP, TLS), 'tls'),
      `${EP}: TLS: the broker's certificate is not for robot.cell-7 (it names DNS:broker, DNS:localhost)`,
    );
    const bare = failure('no names given', 'ERR_TLS_CERT_ALTNAME_INVALID');
    assert.equal(
      refused(describeMqttError(bare, EP, TLS), 'tls'),
      `${EP}: TLS: the broker's certificate is not for robot.cell-7 (no names given)`,
    );
  });

  it("a broker that wants a client certificate, and other TLS failures, in OpenSSL's short reason", () => {
    const wanted = `${EP}: TLS: the broker wants a client certificate it trusts (tlsv13 alert certificate required)`;
    assert.equal(refused(describeMqttError(failure(ALERT, 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED'), EP, TLS), 'tls'), wanted);
    const handshake = failure(
      ALERT.replace('tlsv13 alert certificate required', 'sslv3 alert handshake failure'),
      'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
    );
    assert.equal(
      refused(describeMqttError(handshake, EP, TLS), 'tls'),
      `${EP}: TLS: the broker wants a client certificate it trusts (sslv3 alert handshake failure)`,
    );
    // Without TLS configured, a handshake failure is just a TLS failure.
    assert.equal(refused(describeMqttError(handshake, EP, PLAIN), 'tls'), `${EP}: TLS: sslv3 alert handshake failure`);
    assert.equal(
      refused(describeMqttError(failure(`  ${'bad decrypt'}  \n`, 'ERR_OSSL_BAD_DECRYPT'), EP, TLS), 'tls'),
      `${EP}: TLS: bad decrypt`,
    );
    assert.equal(
      refused(describeMqttError(failure('invalid context', 'ERR_TLS_INVALID_CONTEXT'), EP, TLS), 'tls'),
      `${EP}: TLS: invalid context`,
    );
  });

  it('a reset or refused connection hints at the port and TLS; other socket errors in plain words', () => {
    assert.equal(
      describeMqttError(failure('read ECONNRESET', 'ECONNRESET'), EP, TLS).message,
      `${EP}: TLS: the broker ended the connection during the handshake (is port 8883 a plain MQTT port? MQTT over TLS is usually 8883)`,
    );
    assert.equal(
      describeMqttError(failure('read ECONNRESET', 'ECONNRESET'), EP, { tls: false, port: 8883, servername: 'x' }).message,
      `${EP}: the broker ended the connection: port 8883 is MQTT over TLS, turn TLS on (plain MQTT is 1883)`,
    );
    assert.equal(describeMqttError(failure('read ECONNRESET', 'ECONNRESET'), EP, PLAIN).message, `${EP}: connection reset by the robot`);
    const refusedPlain = describeMqttError(failure('connect ECONNREFUSED', 'ECONNREFUSED'), EP, PLAIN);
    assert.equal(
      refusedPlain.message,
      `${EP}: connection refused (no MQTT broker there: a Kortex 3 robot runs an MQTT v5 broker on port 1883)`,
    );
    assert.equal((refusedPlain as NodeJS.ErrnoException).code, 'ECONNREFUSED');
    assert.equal(
      describeMqttError(failure('connect ECONNREFUSED', 'ECONNREFUSED'), EP, TLS).message,
      `${EP}: connection refused (no MQTT broker there: a Kortex 3 robot runs an MQTT v5 broker on port 8883 with TLS)`,
    );
    assert.equal(
      describeMqttError(failure('x', 'EHOSTUNREACH'), EP, PLAIN).message,
      `${EP}: host unreachable (check the robot IP address and network)`,
    );
  });

  it("MQTT.js's own texts: a refusal without a code, and anything else as it is", () => {
    assert.equal(
      describeMqttError(failure('Connection refused: Not authorized'), EP, PLAIN).message,
      `${EP}: the MQTT broker refused the connection (Not authorized)`,
    );
    assert.equal(describeMqttError(failure('Keepalive timeout'), EP, PLAIN).message, `${EP}: Keepalive timeout`);
    assert.equal(
      describeMqttError(failure('the broker said: Connection refused: no'), EP, PLAIN).message,
      `${EP}: the broker said: Connection refused: no`,
    );
  });
});
