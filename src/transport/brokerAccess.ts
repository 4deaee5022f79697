/**
 * How the command lines (`kortex`, `kortex-sim`) name an MQTT broker and reach it: the broker URL
 * (mqtt:// or mqtts://), the TLS files (--tls-ca, --tls-cert, --tls-key), --insecure, and the
 * broker's own login from KORTEX_BROKER_USER / KORTEX_BROKER_PASSWORD (never from argv, which
 * other users of the machine can read). Errors name the flag or variable that is wrong.
 */
import fs from 'node:fs';
import { MQTT_TLS_PORT, ROBOT_PORTS } from '../protocol/ports';
import type { BrokerCredentials, MqttTlsOptions } from './types';

export const BROKER_USER_ENV = 'KORTEX_BROKER_USER';
export const BROKER_PASSWORD_ENV = 'KORTEX_BROKER_PASSWORD';

/** Said on stderr whenever --insecure is used. */
export const INSECURE_WARNING = "--insecure: the broker's certificate is NOT verified; anyone on the network path can pose as the broker";

/** A broker URL with its port filled in (1883, or 8883 for mqtts://); a bare host:port is taken as mqtt://. */
export function parseBrokerUrl(broker: string): URL {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(broker) ? broker : `mqtt://${broker}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`invalid MQTT broker address ${JSON.stringify(broker)} (expected e.g. mqtt://127.0.0.1:${ROBOT_PORTS.mqtt})`);
  }
  if (url.protocol !== 'mqtt:' && url.protocol !== 'tcp:' && url.protocol !== 'mqtts:') {
    throw new Error(
      `unsupported MQTT broker scheme ${url.protocol} in ${JSON.stringify(broker)} (use mqtt://host:port, or mqtts://host:port for TLS)`,
    );
  }
  if (url.username || url.password) {
    // A password in a URL ends up in shell history and process lists (and this very message would quote it).
    throw new Error(`put no user name or password in the broker URL: set ${BROKER_USER_ENV} and ${BROKER_PASSWORD_ENV}`);
  }
  if (!url.port) url.port = String(url.protocol === 'mqtts:' ? MQTT_TLS_PORT : ROBOT_PORTS.mqtt);
  return url;
}

export interface BrokerAccessFlags {
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  insecure?: boolean;
}

export interface BrokerAccess {
  /** Set for an mqtts:// broker. */
  tls?: MqttTlsOptions;
  /** Set when KORTEX_BROKER_USER is. */
  auth?: BrokerCredentials;
}

function readPem(file: string, flag: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new Error(`${flag} ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

/** TLS settings and broker login for a broker reached over `url`; throws naming the flag that does not fit. */
export function brokerAccessFrom(url: URL, flags: BrokerAccessFlags, env: NodeJS.ProcessEnv = process.env): BrokerAccess {
  const tlsFlags = (['tlsCa', 'tlsCert', 'tlsKey', 'insecure'] as const).filter((f) => flags[f] !== undefined && flags[f] !== false);
  const secure = url.protocol === 'mqtts:';
  if (!secure && tlsFlags.length > 0) {
    throw new Error(`--${tlsFlags[0].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs a TLS broker: --broker mqtts://host:port`);
  }
  if (Boolean(flags.tlsCert) !== Boolean(flags.tlsKey))
    throw new Error('--tls-cert and --tls-key go together (the client certificate and its key)');
  const access: BrokerAccess = {};
  if (secure) {
    access.tls = {
      rejectUnauthorized: !flags.insecure,
      ...(flags.tlsCa ? { ca: readPem(flags.tlsCa, '--tls-ca') } : {}),
      ...(flags.tlsCert ? { cert: readPem(flags.tlsCert, '--tls-cert') } : {}),
      ...(flags.tlsKey ? { key: readPem(flags.tlsKey, '--tls-key') } : {}),
    };
  }
  const username = env[BROKER_USER_ENV];
  const password = env[BROKER_PASSWORD_ENV];
  if (username) access.auth = { username, ...(password !== undefined ? { password } : {}) };
  else if (password !== undefined) throw new Error(`${BROKER_PASSWORD_ENV} is set but ${BROKER_USER_ENV} is not`);
  return access;
}
