/**
 * Runtime texts (status, errors) of all Kortex nodes. They live once, in the "kortex" block of the
 * kortex-session catalogue (nodes/kortex-session/locales/<lang>/kortex-session.json): Node-RED
 * gives each node set its own catalogue namespace ("<module>/<set>") and `RED._` uses a key that
 * names a namespace ("<module>/<set>:<key>") as it is, so every node asks that one catalogue. The
 * English texts below are the fallback when a catalogue or key is missing (and in test runtimes
 * whose `RED._` returns the key unchanged); a unit test keeps them equal to the en-US catalogue.
 */
import type { NodeAPI } from './types';

/** This package's name: Node-RED's module name, the first part of every catalogue namespace. */
export const PACKAGE_NAME = '@kortex-flows/node-red-kortex';
/** The catalogue that holds the shared "kortex" block. */
export const SHARED_CATALOGUE = `${PACKAGE_NAME}/kortex-session`;

export const RUNTIME_TEXTS = {
  'kortex.status.connecting': 'connecting',
  'kortex.status.authenticating': 'logging in',
  'kortex.status.open': 'session __id__',
  'kortex.status.retry': 'retry in __seconds__ s (attempt __attempt__)',
  'kortex.status.loginRefused': 'login refused (__code__), retry in __seconds__ s',
  'kortex.status.linkRefused': '__code__, retry in __seconds__ s',
  'kortex.status.unavailable': '__reason__',
  'kortex.status.closing': 'closing',
  'kortex.status.closed': 'closed',
  'kortex.status.released': 'released',
  'kortex.status.noConfig': 'no robot configured',
  'kortex.status.badConfig': 'invalid config',
  'kortex.status.invalidInput': 'invalid input',
  'kortex.status.failed': '__code__',
  'kortex.status.job': '__event__: __job__',
  'kortex.errors.noConfig': 'no kortex-session config node is selected (or it is disabled)',
  'kortex.errors.badConfig': 'the kortex-session config node is invalid: __problem__',
  'kortex.errors.hostRequired': 'the robot address (host) is empty',
  'kortex.errors.portRange': 'port must be a whole number from 1 to 65535 (or blank for the default), got "__value__"',
  'kortex.errors.transport': 'transport must be auto, tcp or mqtt, got "__value__"',
  'kortex.errors.timeout': '__name__ must be a whole number of milliseconds above 0, got "__value__"',
  'kortex.errors.usernameRequired': 'the user name is empty',
  'kortex.errors.passwordMissing': 'no password is set (type it in the kortex-session config node)',
  'kortex.errors.loginRefused': 'not logged in: the robot refused the user name or password of the kortex-session config node',
  'kortex.errors.tlsConfigMissing': 'the TLS configuration (tls-config node "__id__") is not deployed or disabled',
  'kortex.errors.tlsNeedsMqtt': 'TLS and the broker user name are Kortex 3 settings: choose Kortex 3 - MQTT or Automatic',
  'kortex.errors.brokerUserMissing': 'a broker password is set without a broker user name',
  'kortex.errors.action': 'msg.action must be __allowed__, got __got__',
  'kortex.errors.notBoolean': '__field__ must be true or false, got __got__',
  'kortex.errors.roleType': 'msg.role must be a string, got __got__',
  'kortex.errors.roleEmpty': 'the role identifier is empty',
  'kortex.errors.tooLong': '__field__ is too long (at most __max__ characters)',
  'kortex.errors.rolePasswordType': 'msg.rolePassword must be a string, got __got__',
  'kortex.errors.rolePasswordMissing': 'no password for role "__role__": set the node\'s role password or msg.rolePassword',
  'kortex.errors.command':
    'a session command must be "release", "acquire", "reconnect" or "status" (in msg.payload or msg.topic), got __got__',
  'kortex.errors.intervalRange': 'the connection watch interval must be a number of seconds from __min__ to __max__, got "__value__"',
  'kortex.errors.jobCommand':
    'a job command must be "list", "start", "stop", "pause" or "resume" (in msg.payload or msg.topic), got __got__',
  'kortex.errors.noJob': "no job to start: set msg.job (a job name or handle number) or the node's job",
  'kortex.errors.jobType': 'msg.job must be a job name or a handle number above 0, got __got__',
  'kortex.errors.stopOnClose': 'the running job could not be stopped as the flow stopped: __problem__',
  'kortex.errors.robotCommand':
    'a robot command must be "stop", "pause", "resume", "clear-faults" or "emergency-stop" (in msg.payload or msg.topic), got __got__',
  'kortex.errors.emergencyStopOff': 'emergency-stop is refused: tick "Allow emergency stop" in this node to send it (nothing was sent)',
} as const;

export type RuntimeTextKey = keyof typeof RUNTIME_TEXTS;
export type Substitutions = Record<string, string | number>;
export type Translate = (key: RuntimeTextKey, substitutions?: Substitutions) => string;

/** Fills Node-RED style `__name__` placeholders. */
export function fillPlaceholders(template: string, substitutions: Substitutions = {}): string {
  return template.replace(/__([A-Za-z0-9_]+?)__/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(substitutions, name) ? String(substitutions[name]) : whole,
  );
}

/** A translator bound to this node set's catalogue, falling back to English. */
export function translator(RED: Pick<NodeAPI, '_'>): Translate {
  return (key, substitutions) => {
    let text: string | undefined;
    try {
      text = RED._(`${SHARED_CATALOGUE}:${key}`, substitutions);
    } catch {
      text = undefined;
    }
    // i18next answers an unknown key with the key itself (possibly namespaced).
    if (typeof text !== 'string' || text === '' || text.endsWith(key) || /__[A-Za-z0-9_]+__/.test(text)) {
      return fillPlaceholders(RUNTIME_TEXTS[key], substitutions);
    }
    return text;
  };
}
