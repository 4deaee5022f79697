/**
 * Node-RED's standard `tls-config` node as the kortex-session's TLS settings, the way the core MQTT
 * broker node uses it: the deployed node's addTLSOptions() fills ca, cert, key, passphrase,
 * servername, ALPN and rejectUnauthorized ("Verify server certificate").
 */
import type { MqttTlsOptions } from '../../src/client/session/options';
import type { TlsConfigLookup } from './options';

const TLS_CONFIG_TYPE = 'tls-config';

interface TlsConfigNode {
  type: string;
  addTLSOptions(options: object): object;
}

function isTlsConfigNode(value: unknown): value is TlsConfigNode {
  if (!value || typeof value !== 'object') return false;
  const node = value as Partial<TlsConfigNode>;
  return node.type === TLS_CONFIG_TYPE && typeof node.addTLSOptions === 'function';
}

/** Finds deployed tls-config nodes by id; anything else (another node type, an unknown id) is not found. */
export function tlsConfigLookup(nodes: { getNode(id: string): unknown }): TlsConfigLookup {
  return (id) => {
    let node: unknown;
    try {
      node = nodes.getNode(id);
    } catch {
      return undefined;
    }
    if (!isTlsConfigNode(node)) return undefined;
    return { ...(node.addTLSOptions({}) as MqttTlsOptions) };
  };
}

/** True when the TLS settings hold a client identity (certificate, key, passphrase): a secret to lend to nobody. */
export function holdsClientIdentity(tls: MqttTlsOptions | undefined): boolean {
  return tls !== undefined && (tls.key !== undefined || tls.cert !== undefined || tls.passphrase !== undefined);
}
