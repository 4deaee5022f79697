/**
 * Kortex 3 over TLS in tests: certificates made with openssl for the suite, and a mosquitto with a
 * TLS listener and a password file (the robot and the cell client each have a broker login),
 * optionally a second one that requires a client certificate (mutual TLS).
 */
import fs from 'node:fs';
import { OPENSSL_BIN, TestCertificates, makeTestCertificates } from '../../scripts/lib/certificates';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { requireTool } from './requiredTool';

/** Broker logins: the simulated robot's, and the client's (distinctive, so a leak is found). */
export const BROKER_USERS = {
  robot: { username: 'kortex-robot', password: 'robot-broker-Secret-41' },
  cell: { username: 'cell-client', password: 'cell-broker-Secret-77' },
} as const;

export interface TlsBrokers {
  certs: TestCertificates;
  /** TLS listener (tlsPort) and a plain one (port), both behind the password file. */
  broker: MosquittoBroker;
  /** Mutual TLS: tlsPort wants a client certificate from the test CA. Undefined unless asked for. */
  mutual?: MosquittoBroker;
  /** PEM contents. */
  ca: Buffer;
  otherCa: Buffer;
  clientCert: Buffer;
  clientKey: Buffer;
}

/** Mocha hooks: certificates and brokers for the suite. Call inside `describe`. */
export function useTlsBrokers(options: { mutual?: boolean } = {}): () => TlsBrokers {
  let world: TlsBrokers | undefined;
  before(async function () {
    requireTool(this, MOSQUITTO_BIN, 'apt-get install mosquitto', 'the Kortex 3 TLS tests');
    requireTool(this, OPENSSL_BIN, 'apt-get install openssl', 'the Kortex 3 TLS tests');
    const certs = makeTestCertificates();
    const users = Object.fromEntries(Object.values(BROKER_USERS).map((u) => [u.username, u.password]));
    const tls = { certFile: certs.serverCertFile, keyFile: certs.serverKeyFile, caFile: certs.caFile };
    const broker = await startMosquitto({ tls, users });
    const mutual = options.mutual ? await startMosquitto({ tls: { ...tls, requireCertificate: true }, users }) : undefined;
    world = {
      certs,
      broker,
      mutual,
      ca: fs.readFileSync(certs.caFile),
      otherCa: fs.readFileSync(certs.otherCaFile),
      clientCert: fs.readFileSync(certs.clientCertFile),
      clientKey: fs.readFileSync(certs.clientKeyFile),
    };
  });
  after(async () => {
    await world?.broker.dispose();
    await world?.mutual?.dispose();
    world?.certs.dispose();
  });
  return () => {
    if (!world) throw new Error('the TLS brokers are not started yet (use them inside a test)');
    return world;
  };
}
