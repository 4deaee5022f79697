/** What a user reads when the MQTT link fails: MQTT.js and socket errors in the package's words. */
import { describeSocketError } from '../tcp';

/** The broker port of a Kortex 3 robot, named in "connection refused" texts. */
export const DEFAULT_MQTT_PORT = 1883;

export function describeMqttError(err: Error, endpoint: string): Error {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') {
    const out = new Error(`${endpoint}: connection refused (no MQTT broker there: a Kortex 3 robot runs an MQTT v5 broker on port ${DEFAULT_MQTT_PORT})`);
    (out as NodeJS.ErrnoException).code = code;
    return out;
  }
  if (typeof code === 'string') return describeSocketError(err, endpoint);
  if (/^Connection refused/.test(err.message)) return new Error(`${endpoint}: the MQTT broker refused the connection (${err.message.replace(/^Connection refused: /, '')})`);
  return new Error(`${endpoint}: ${err.message}`);
}
