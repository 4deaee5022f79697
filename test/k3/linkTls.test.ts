/**
 * The K3 link's TLS to the broker as the broker sees it (src/transport/mqtt/linkStream.ts): a
 * scripted MQTT v5 listener over TLS (test/helpers/scriptedBroker.ts) with the suite's openssl
 * certificates, which records the server name (SNI) of each handshake.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import tls from 'node:tls';
import { OPENSSL_BIN, TestCertificates, makeTestCertificates } from '../../scripts/lib/certificates';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import type { MqttTlsOptions } from '../../src/transport/types';
import { PacketType, ScriptedBroker, connack, scriptedBroker, subackAll } from '../helpers/scriptedBroker';
import { requireTool } from '../helpers/requiredTool';

describe('K3 link over TLS, as the broker sees it (scripted TLS broker)', function () {
  this.timeout(20000);
  let certs: TestCertificates | undefined;
  let broker: ScriptedBroker | undefined;
  let transport: MqttTransport | undefined;
  /** The server name each CONNECT came with (false: none). */
  const serverNames: Array<string | false | null> = [];

  before(async function () {
    requireTool(this, OPENSSL_BIN, 'apt-get install openssl', 'the Kortex 3 TLS tests');
    certs = makeTestCertificates();
    const tlsOptions = { cert: fs.readFileSync(certs.serverCertFile), key: fs.readFileSync(certs.serverKeyFile) };
    broker = await scriptedBroker(
      (socket, type, body) => {
        if (type === PacketType.CONNECT) {
          serverNames.push((socket as tls.TLSSocket).servername);
          socket.write(connack('auto-tls'));
        } else if (type === PacketType.SUBSCRIBE) {
          socket.write(subackAll(body));
        }
      },
      0,
      tlsOptions,
    );
  });

  after(async () => {
    await broker?.close();
    certs?.dispose();
  });

  afterEach(async () => {
    await transport?.close(200);
    transport = undefined;
    serverNames.length = 0;
  });

  async function connect(host: string, options: MqttTlsOptions): Promise<void> {
    transport = new MqttTransport({ host, port: broker?.port, tls: options });
    await transport.connect(3000);
  }

  const ca = (): Buffer => fs.readFileSync((certs as TestCertificates).caFile);
  const otherCa = (): Buffer => fs.readFileSync((certs as TestCertificates).otherCaFile);

  it('by name: the name goes to the broker as SNI; by address: no SNI (RFC 6066 allows no addresses)', async () => {
    await connect('localhost', { ca: ca() });
    await transport?.close(200);
    await connect('127.0.0.1', { ca: ca() });
    assert.deepEqual(serverNames, ['localhost', false]);
  });

  it('verification off (--insecure) connects to a broker whose CA is unknown; on by default, it does not', async () => {
    await assert.rejects(connect('127.0.0.1', { ca: otherCa() }), /TLS: unable to verify the broker's certificate/);
    await connect('127.0.0.1', { ca: otherCa(), rejectUnauthorized: false });
    assert.deepEqual(serverNames, [false]);
  });
});
