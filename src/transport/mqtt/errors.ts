/**
 * What a user reads when the MQTT link fails: MQTT.js, socket and TLS errors in the package's words.
 * A failed TLS handshake and a broker that refuses our credentials are LinkRefusedErrors (retrying
 * soon cannot help); the texts never carry a password (the broker's answer names none).
 */
import { MQTT_TLS_PORT, ROBOT_PORTS } from '../../protocol/ports';
import { describeSocketError } from '../tcp';
import { LinkRefusedError } from '../types';

/** How the link was made, for the hints. */
export interface MqttErrorContext {
  tls: boolean;
  port: number;
  /** The name the broker's certificate must carry (the server name, else the host). */
  servername: string;
}

/** MQTT v5 CONNACK reason codes that refuse our login (MQTT 5.0, 3.2.2.2). */
const REFUSED_LOGINS: Readonly<Record<number, string>> = {
  0x85: 'client identifier not valid',
  0x86: 'bad user name or password',
  0x87: 'not authorized',
  0x8a: 'banned',
  0x8c: 'bad authentication method',
};

/** node:tls codes of a broker certificate that does not chain to a trusted CA. */
const UNVERIFIED_CERTIFICATE = new Set([
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
]);

function hex(code: number): string {
  // Stryker disable next-line StringLiteral: equivalent, only the two-digit codes 0x85-0x8c reach it
  return `0x${code.toString(16).padStart(2, '0')}`;
}

/** "…:SSL routines:ssl3_read_bytes:tlsv13 alert certificate required:…" → "tlsv13 alert certificate required". */
function opensslReason(message: string): string {
  return /SSL routines:[^:]*:([^:]+)/.exec(message)?.[1] ?? message.trim();
}

function describeTlsError(err: Error, code: string, endpoint: string, context: MqttErrorContext): LinkRefusedError | undefined {
  if (UNVERIFIED_CERTIFICATE.has(code)) {
    return new LinkRefusedError(`${endpoint}: TLS: unable to verify the broker's certificate (${err.message})`, 'tls');
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    // Stryker disable next-line Regex: equivalent, node:tls's message is one line
    const names = /.*(?:altnames|list): (.*)$/.exec(err.message)?.[1];
    return new LinkRefusedError(
      `${endpoint}: TLS: the broker's certificate is not for ${context.servername} (${names ? `it names ${names}` : err.message})`,
      'tls',
    );
  }
  if (code === 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' || (code === 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE' && context.tls)) {
    return new LinkRefusedError(`${endpoint}: TLS: the broker wants a client certificate it trusts (${opensslReason(err.message)})`, 'tls');
  }
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_OSSL_') || code === 'ERR_TLS_INVALID_CONTEXT') {
    return new LinkRefusedError(`${endpoint}: TLS: ${opensslReason(err.message)}`, 'tls');
  }
  return undefined;
}

export function describeMqttError(err: Error, endpoint: string, context: MqttErrorContext): Error {
  const code = (err as NodeJS.ErrnoException).code as unknown;
  if (typeof code === 'number' && REFUSED_LOGINS[code]) {
    return new LinkRefusedError(`${endpoint}: MQTT: ${REFUSED_LOGINS[code]} (${hex(code)})`, 'broker-auth');
  }
  if (typeof code === 'string') {
    const tls = describeTlsError(err, code, endpoint, context);
    if (tls) return tls;
  }
  if (code === 'ECONNRESET' && context.tls) {
    return new Error(
      `${endpoint}: TLS: the broker ended the connection during the handshake (is port ${context.port} a plain MQTT port? MQTT over TLS is usually ${MQTT_TLS_PORT})`,
    );
  }
  if (code === 'ECONNRESET' && context.port === MQTT_TLS_PORT) {
    return new Error(
      `${endpoint}: the broker ended the connection: port ${MQTT_TLS_PORT} is MQTT over TLS, turn TLS on (plain MQTT is ${ROBOT_PORTS.mqtt})`,
    );
  }
  if (code === 'ECONNREFUSED') {
    const out = new Error(
      `${endpoint}: connection refused (no MQTT broker there: a Kortex 3 robot runs an MQTT v5 broker on port ${context.tls ? `${MQTT_TLS_PORT} with TLS` : ROBOT_PORTS.mqtt})`,
    );
    (out as NodeJS.ErrnoException).code = code;
    return out;
  }
  if (typeof code === 'string') return describeSocketError(err, endpoint);
  if (/^Connection refused/.test(err.message))
    // Stryker disable next-line Regex: equivalent, the message starts with it (tested above)
    return new Error(`${endpoint}: the MQTT broker refused the connection (${err.message.replace(/^Connection refused: /, '')})`);
  return new Error(`${endpoint}: ${err.message}`);
}

/**
 * The topics a SUBACK refused (a reason code of 0x80 or more, MQTT 5.0 3.9.3); `codes` are in the
 * order subscribed. MQTT.js reports any refusal as an error for the whole SUBSCRIBE, with the SUBACK.
 */
export function refusedTopics(topics: readonly string[], codes: readonly (number | object)[] | undefined): string[] {
  return topics.filter((_, i) => {
    const code = codes?.[i];
    return typeof code === 'number' && code >= 0x80;
  });
}
